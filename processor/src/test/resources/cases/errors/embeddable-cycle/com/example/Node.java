package com.example;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Node {
  private String label;

  @Embedded private Node child;
}
