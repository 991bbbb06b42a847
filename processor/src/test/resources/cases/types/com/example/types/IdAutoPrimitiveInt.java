package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class IdAutoPrimitiveInt {
  @Id @GeneratedValue private int id;
}
