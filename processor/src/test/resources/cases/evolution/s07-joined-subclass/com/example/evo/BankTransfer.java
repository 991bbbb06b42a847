package com.example.evo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class BankTransfer extends Payment {
  @Column(nullable = false, length = 34)
  private String iban;
}
