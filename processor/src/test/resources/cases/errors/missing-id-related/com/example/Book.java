package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

@Entity
public class Book {
  @Id private Long id;

  @ManyToOne private Author author;

  @ManyToMany private Set<Author> editors;
}
