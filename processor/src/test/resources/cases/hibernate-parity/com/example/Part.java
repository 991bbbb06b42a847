package com.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Referenced by its unique code, not by its id. */
@Entity
public class Part {
  @Id private Long id;

  @Column(unique = true, nullable = false, length = 20)
  private String code;

  @Column(unique = true)
  private Integer serial;
}
