package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Label {
  @Id private Long id;
}
