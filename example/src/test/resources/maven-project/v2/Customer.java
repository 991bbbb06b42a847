package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Customer {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false)
  private String name;

  @Column(length = 320)
  private String email;
}
