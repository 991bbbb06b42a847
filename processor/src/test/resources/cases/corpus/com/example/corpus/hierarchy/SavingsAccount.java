package com.example.corpus.hierarchy;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
@DiscriminatorValue("2")
public class SavingsAccount extends Account {
  private BigDecimal rate;
}
