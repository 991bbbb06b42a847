package com.example;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Visit {
  @EmbeddedId private VisitKey key;
}
