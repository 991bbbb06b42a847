package com.example;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("not null")
public class Polygon extends Shape {
  private int corners;
}
