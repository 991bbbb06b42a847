package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity(name = "RenamedEntity")
public class IdEntityName {
  @Id @GeneratedValue private Long id;
}
