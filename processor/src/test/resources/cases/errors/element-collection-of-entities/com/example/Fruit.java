package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Fruit {
  @Id private Long id;
}
