package com.example;

import jakarta.persistence.Entity;

@Entity
public class NoId {
  private String name;
}
