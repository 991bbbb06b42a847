package com.example;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class DependentKey implements Serializable {
  private String name;

  private Long employee;
}
