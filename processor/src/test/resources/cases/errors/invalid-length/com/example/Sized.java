package com.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Sized {
  @Id private Long id;

  @Column(length = 0)
  private String name;
}
