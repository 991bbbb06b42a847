package com.example;

import jakarta.persistence.Entity;

@Entity
public class Author {
  private String name;
}
