package com.example.corpus.hierarchy;

import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Auditable extends BaseEntity<Long> {
  private String createdBy;
}
