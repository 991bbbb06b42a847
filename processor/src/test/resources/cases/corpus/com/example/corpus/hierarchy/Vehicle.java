package com.example.corpus.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Vehicle {
  @Id @GeneratedValue private Long id;
  private String make;
  private String color;

  @Column(nullable = false)
  private String vin;
}
