package com.example.corpus.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  private String street;
  private String city;

  @Column(name = "zip_code", length = 10)
  private String zip;
}
