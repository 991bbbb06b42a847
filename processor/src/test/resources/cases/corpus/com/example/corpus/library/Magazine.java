package com.example.corpus.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Magazine {
  @Id @GeneratedValue private Long id;
  private String title;
}
