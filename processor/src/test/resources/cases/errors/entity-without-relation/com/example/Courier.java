package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Courier {
  @Id private Long id;
}
