package com.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Price {
  @Id private Long id;

  @Column(precision = 5, scale = 7)
  private BigDecimal amount;
}
