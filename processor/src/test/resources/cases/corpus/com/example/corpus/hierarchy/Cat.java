package com.example.corpus.hierarchy;

import jakarta.persistence.Entity;

@Entity
public class Cat extends Animal {
  private int lives;
}
