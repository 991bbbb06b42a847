package com.example;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

@Entity
public class Dependent {
  @EmbeddedId private DependentKey key;

  @MapsId("boss")
  @ManyToOne
  private Employee employee;
}
