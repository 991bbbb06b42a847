package com.example.corpus.misc;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(schema = "inventory", indexes = @Index(columnList = "sku"))
public class StockItem {
  @Id @GeneratedValue private Long id;

  @ManyToOne private Warehouse warehouse;

  private String sku;

  private int quantity;
}
