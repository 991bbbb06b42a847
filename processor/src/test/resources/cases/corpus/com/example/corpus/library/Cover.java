package com.example.corpus.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Cover {
  @Id @GeneratedValue private Long id;
  private String art;

  @OneToOne(mappedBy = "cover")
  private Book book;
}
