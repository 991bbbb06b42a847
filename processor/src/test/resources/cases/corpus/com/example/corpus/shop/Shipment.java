package com.example.corpus.shop;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Shipment {
  @ManyToOne private Carrier carrier;
  private String tracking;
}
