package com.example;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Crate {
  @Id private Long id;

  @Embedded private Dimensions dimensions;

  @Embedded private Fee fee;
}
