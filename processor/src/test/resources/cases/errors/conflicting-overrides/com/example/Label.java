package com.example;

import jakarta.persistence.Embeddable;

@Embeddable
public class Label {
  private String name;
}
