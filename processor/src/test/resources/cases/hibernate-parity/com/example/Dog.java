package com.example;

import jakarta.persistence.Entity;

@Entity
public class Dog extends Pet {
  private int barks;
}
