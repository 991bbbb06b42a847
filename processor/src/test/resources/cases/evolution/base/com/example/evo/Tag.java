package com.example.evo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id @GeneratedValue private Long id;
  private String label;
}
