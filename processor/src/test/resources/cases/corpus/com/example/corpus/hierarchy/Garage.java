package com.example.corpus.hierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Garage {
  @Id @GeneratedValue private Long id;
  private String name;
}
