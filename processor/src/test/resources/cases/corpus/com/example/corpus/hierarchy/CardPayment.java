package com.example.corpus.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
  private String cardNumber;

  @Column(nullable = false)
  private String holder;
}
