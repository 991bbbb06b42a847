package com.example;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
  private int seats;
}
