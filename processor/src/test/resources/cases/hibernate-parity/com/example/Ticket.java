package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.SequenceGenerators;

/** A generator declared on the id in the {@code @SequenceGenerators} container (JPA 3.2). */
@Entity
public class Ticket {
  @Id
  @SequenceGenerators(
      @SequenceGenerator(name = "ticket_gen", sequenceName = "ticket_numbers", allocationSize = 10))
  @GeneratedValue(generator = "ticket_gen")
  private Long id;
}
