package com.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Twice {
  @Id private Long id;

  @Column(name = "label")
  private String title;

  @Column(name = "label")
  private String caption;
}
