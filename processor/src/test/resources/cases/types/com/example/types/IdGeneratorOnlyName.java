package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class IdGeneratorOnlyName {
  @Id
  @GeneratedValue(generator = "gen_only_name")
  @SequenceGenerator(name = "gen_only_name")
  private Long id;
}
