package com.example.corpus.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
  private int doors;

  @Column(nullable = false)
  private String trim;
}
