package com.example.evo;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.Set;

@Entity
public class Customer {
  @Id @GeneratedValue private Long id;
  private String name;
  @Embedded private Address address;
  @ElementCollection private Set<String> nicknames;

  @Embedded
  @AttributeOverride(name = "tracking", column = @Column(name = "shipping_tracking"))
  @AssociationOverride(name = "carrier", joinColumns = @JoinColumn(name = "shipping_carrier_id"))
  private Shipping shipping;
}
