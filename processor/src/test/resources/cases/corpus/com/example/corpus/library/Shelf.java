package com.example.corpus.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.util.Map;

@Entity
public class Shelf {
  @Id @GeneratedValue private Long id;

  @OneToMany(mappedBy = "shelf")
  @MapKey(name = "title")
  private Map<String, Book> booksByTitle;

  @ManyToMany
  @MapKeyColumn(name = "position_label")
  private Map<String, Magazine> magazinesByPosition;
}
