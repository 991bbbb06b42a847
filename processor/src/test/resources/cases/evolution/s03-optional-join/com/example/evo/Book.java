package com.example.evo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;

  @ManyToOne private Author author;

  @ManyToOne private Publisher publisher;

  @ManyToMany private Set<Tag> tags;
}
