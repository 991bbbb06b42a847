package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(SeatKey.class)
public class Seat {
  @Id private String row;
  @Id private int number;
}
