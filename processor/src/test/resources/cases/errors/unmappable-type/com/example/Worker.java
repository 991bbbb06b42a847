package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Worker {
  @Id private Long id;

  private Thread thread;
}
