package com.example;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapKeyJoinColumns;
import java.util.Map;

/**
 * Maps keyed by an entity through a referenced column other than its id, written alone and in the
 * {@code @MapKeyJoinColumns} container.
 */
@Entity
public class Bin {
  @Id private Long id;

  @ManyToMany
  @MapKeyJoinColumn(name = "kk", referencedColumnName = "code")
  private Map<Part, Label> labels;

  @ElementCollection
  @MapKeyJoinColumns(@MapKeyJoinColumn(name = "part_serial", referencedColumnName = "serial"))
  private Map<Part, String> notes;

  @ElementCollection
  @MapKeyJoinColumn(name = "by_id", referencedColumnName = "id")
  private Map<Part, Integer> counts;
}
