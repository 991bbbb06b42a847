package com.example;

import jakarta.persistence.Embeddable;

@Embeddable
public class Sign {
  private String name;
}
