package com.example.q;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Names that are reserved words, quoted by hand: they work without any quoting option. */
@Entity
@Table(name = "\"group\"")
public class Team {
  @Id @GeneratedValue private Long id;

  @Column(name = "\"order\"")
  private Integer order;

  @Column(name = "`select`")
  private String select;

  @Column(name = "\"MixedCase\"")
  private String mixedCase;
}
