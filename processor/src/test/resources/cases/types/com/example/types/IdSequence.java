package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class IdSequence {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom")
  @SequenceGenerator(
      name = "custom",
      sequenceName = "my_custom_seq",
      initialValue = 100,
      allocationSize = 1)
  private Long id;
}
