package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(
    uniqueConstraints = @UniqueConstraint(name = "dup", columnNames = "label"),
    indexes = @Index(name = "dup", columnList = "code"))
public class Shelf {
  @Id private Long id;

  private String label;

  private String code;
}
