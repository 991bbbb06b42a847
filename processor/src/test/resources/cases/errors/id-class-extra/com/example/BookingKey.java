package com.example;

import java.io.Serializable;

public class BookingKey implements Serializable {
  private Long flight;

  private String seat;

  private String fare;
}
