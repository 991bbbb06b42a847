package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Parcel {
  @Id private Long id;

  private Courier courier;
}
