package com.example.evo;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
  private String trim;
}
