package com.example;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Edition {
  @EmbeddedId private EditionId id;
}
