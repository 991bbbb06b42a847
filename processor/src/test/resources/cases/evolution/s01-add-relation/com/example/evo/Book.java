package com.example.evo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;

  @ManyToOne(optional = false)
  private Author author;

  @ManyToOne private Publisher publisher;
}
