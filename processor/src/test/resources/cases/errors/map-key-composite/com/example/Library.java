package com.example;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;

/** A map keyed by an entity whose key has two columns. */
@Entity
public class Library {
  @Id private Long id;

  @ElementCollection private Map<Edition, String> notes;
}
