package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(
    name = "constrained",
    uniqueConstraints = {
      @UniqueConstraint(columnNames = {"colA", "colB"}),
      @UniqueConstraint(name = "uk_named", columnNames = "colC")
    },
    indexes = {
      @Index(columnList = "colA"),
      @Index(columnList = "colB desc, colC"),
      @Index(name = "idx_named", columnList = "colD", unique = true),
      @Index(name = "idx_e", columnList = "colE")
    })
public class Constrained {
  @Id private Long id;
  private String colA;
  private String colB;
  private String colC;
  private String colD;
  private String colE;
}
