package com.example.evo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  private String street;
  private String city;

  @Column(length = 2)
  private String country;
}
