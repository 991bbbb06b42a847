package com.example.corpus.misc;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(schema = "inventory")
public class Warehouse {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wh_seq")
  @SequenceGenerator(name = "wh_seq", sequenceName = "warehouse_seq", schema = "inventory")
  private Long id;

  private String name;
}
