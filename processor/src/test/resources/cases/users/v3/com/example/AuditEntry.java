package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class AuditEntry {
  @Id @GeneratedValue private Long id;

  private String action;

  private Instant happenedAt;
}
