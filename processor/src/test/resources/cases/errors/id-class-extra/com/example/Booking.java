package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(BookingKey.class)
public class Booking {
  @Id private Long flight;

  @Id private String seat;
}
