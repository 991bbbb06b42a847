package com.example.corpus.hierarchy;

import jakarta.persistence.Entity;

@Entity
public class Circle extends Shape {
  private double radius;
}
