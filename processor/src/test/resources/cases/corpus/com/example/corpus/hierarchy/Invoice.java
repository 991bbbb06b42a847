package com.example.corpus.hierarchy;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Invoice extends Auditable {
  private String number;
  private LocalDate dueDate;
  private boolean paid;
  private BigDecimal total;
}
