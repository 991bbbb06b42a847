package com.example.corpus.hierarchy;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
@DiscriminatorColumn(name = "doc_type", length = 10)
public abstract class Document {
  @Id @GeneratedValue private Long id;
  private String title;
}
