package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;

@Entity
public class Badge {
  @Id private Long id;

  @MapsId private String code;
}
