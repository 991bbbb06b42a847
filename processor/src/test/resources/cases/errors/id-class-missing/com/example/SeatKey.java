package com.example;

import java.io.Serializable;

public class SeatKey implements Serializable {
  private static final long serialVersionUID = 1L;
  private String row;
}
