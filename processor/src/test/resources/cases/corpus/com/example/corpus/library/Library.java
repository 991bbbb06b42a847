package com.example.corpus.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

@Entity
public class Library {
  @Id @GeneratedValue private Long id;

  @OneToMany private List<Book> books;

  @OneToMany private Set<Cover> covers;

  @OneToMany @OrderColumn private List<Publisher> publishers;

  @OneToMany
  @JoinColumn(name = "library_id")
  private List<Magazine> magazines;
}
