package com.example;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Deal {
  @Id private Long id;

  @Embedded private Range<Integer> quantity;
}
