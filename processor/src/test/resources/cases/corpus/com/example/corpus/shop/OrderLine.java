package com.example.corpus.shop;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

@Entity
public class OrderLine {
  @EmbeddedId private OrderLineId id;

  @MapsId("orderId")
  @ManyToOne
  private PurchaseOrder purchaseOrder;

  private int quantity;
}
