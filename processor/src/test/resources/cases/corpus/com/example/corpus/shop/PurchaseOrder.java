package com.example.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class PurchaseOrder {
  @Id @GeneratedValue private Long id;
  private LocalDate placedOn;
}
