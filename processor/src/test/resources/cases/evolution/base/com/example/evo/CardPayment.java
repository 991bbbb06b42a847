package com.example.evo;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
  private String cardNumber;
}
