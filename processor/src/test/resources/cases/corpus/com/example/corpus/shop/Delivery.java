package com.example.corpus.shop;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

@Entity
public class Delivery {
  @Id @GeneratedValue private Long id;

  @Embedded
  @AssociationOverride(name = "carrier", joinColumns = @JoinColumn(name = "shipper_id"))
  private Shipment shipment;
}
