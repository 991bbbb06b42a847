package com.example.safe;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Audit {
  @Id @GeneratedValue private Long id;
  private String action;
}
