package com.example.corpus.shop;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class KeyedThing {
  @EmbeddedId private ThingKey key;
  private String payload;
}
