package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class IdAssigned {
  @Id private String code;
}
