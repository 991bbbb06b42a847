package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A STRING discriminator where one subclass has the value "null": the column is nullable and the
 * check lists only the other values.
 */
@Entity
public class Pet {
  @Id private Long id;
}
