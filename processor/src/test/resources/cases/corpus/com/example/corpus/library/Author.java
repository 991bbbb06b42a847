package com.example.corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Author {
  @Id @GeneratedValue private Long id;
  private String name;

  @Column(unique = true)
  private String penName;

  @OneToMany(mappedBy = "author")
  private List<Book> books;
}
