package com.example.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class OrderLineNote {
  @Id @GeneratedValue private Long id;
  @ManyToOne private OrderLine line;
  private String text;
}
