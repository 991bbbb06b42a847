package com.example.evo;

import dev.keel.runtime.annotations.AllowDrop;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@AllowDrop(tables = "book_tags")
@Table(
    indexes = @Index(columnList = "title"),
    uniqueConstraints = @UniqueConstraint(columnNames = {"title", "author_id"}))
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;

  @ManyToOne private Author author;

  @ManyToOne private Publisher publisher;
}
