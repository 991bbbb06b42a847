package com.example;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyClass;
import jakarta.persistence.OneToMany;
import java.util.Map;

/**
 * Maps keyed by an attribute of the target ({@code @MapKey}: no key column), and raw maps whose key
 * type comes from {@code @MapKeyClass}.
 */
@Entity
public class Board {
  @Id private Long id;

  @OneToMany
  @MapKey(name = "code")
  private Map<String, Tag> tagsByCode;

  @ManyToMany @MapKey private Map<Long, Label> labelsById;

  @SuppressWarnings("rawtypes")
  @OneToMany(targetEntity = Item.class)
  @MapKeyClass(String.class)
  private Map items;

  @SuppressWarnings("rawtypes")
  @ElementCollection(targetClass = Integer.class)
  @MapKeyClass(String.class)
  private Map counts;
}
