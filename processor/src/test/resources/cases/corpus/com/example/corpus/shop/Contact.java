package com.example.corpus.shop;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Contact {
  private String email;
  @Embedded private Address address;
}
