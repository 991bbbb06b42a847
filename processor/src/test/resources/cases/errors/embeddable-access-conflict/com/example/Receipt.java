package com.example;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Field access: would read Total through its fields, which name other attributes. */
@Entity
public class Receipt {
  @Id private Long id;

  @Embedded private Total total;
}
