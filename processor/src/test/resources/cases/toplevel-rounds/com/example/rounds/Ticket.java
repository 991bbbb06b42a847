package com.example.rounds;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An entity whose attribute type, Status, another processor generates. */
@Entity
public class Ticket {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  private Status status;
}
