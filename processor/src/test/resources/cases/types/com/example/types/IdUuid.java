package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class IdUuid {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;
}
