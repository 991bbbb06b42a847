package com.example;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Shop {
  private String name;

  @ElementCollection private Set<String> tags;

  @ManyToMany private Set<Book> books;
}
