package com.example;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyJoinColumn;
import java.util.Map;

/** Maps keyed by an entity: a key column referencing it, with its foreign key. */
@Entity
public class Shelf {
  @Id private Long id;

  @ManyToMany
  @MapKeyJoinColumn(name = "item_ref")
  private Map<Item, Label> labels;

  @ElementCollection private Map<Item, String> notes;
}
