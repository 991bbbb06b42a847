package com.example;

import jakarta.persistence.Embeddable;

@Embeddable
public class Street {
  private String name;
}
