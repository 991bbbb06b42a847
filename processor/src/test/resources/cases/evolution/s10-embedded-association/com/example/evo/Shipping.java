package com.example.evo;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Shipping {
  @ManyToOne private Publisher carrier;
  private String tracking;
}
