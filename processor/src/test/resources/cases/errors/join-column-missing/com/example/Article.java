package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Article {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "editor_nick", referencedColumnName = "nickname")
  private Editor editor;
}
