package com.example.corpus.hierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "payment_id")
public class CashPayment extends Payment {
  private String currencyCode;
}
