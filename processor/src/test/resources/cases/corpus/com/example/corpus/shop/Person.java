package com.example.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Person {
  @Id @GeneratedValue private Long id;
  private String name;
}
