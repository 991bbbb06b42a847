package com.example.corpus.hierarchy;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

@MappedSuperclass
public abstract class BaseEntity<I> {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private I id;

  private Instant createdAt;

  @Version private Long version;
}
