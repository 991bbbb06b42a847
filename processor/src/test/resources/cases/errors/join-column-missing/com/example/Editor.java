package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Editor {
  @Id private Long id;

  private String name;
}
