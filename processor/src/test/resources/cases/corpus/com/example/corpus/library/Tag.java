package com.example.corpus.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Tag {
  @Id @GeneratedValue private Long id;
  private String label;

  @ManyToMany(mappedBy = "tags")
  private Set<Post> posts;
}
