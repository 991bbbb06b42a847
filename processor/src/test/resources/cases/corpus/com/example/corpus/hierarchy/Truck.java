package com.example.corpus.hierarchy;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {
  private double payload;

  @ManyToOne(optional = false)
  private Garage owner;
}
