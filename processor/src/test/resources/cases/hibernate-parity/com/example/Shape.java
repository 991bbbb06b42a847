package com.example;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An INTEGER discriminator with the special values "null" and "not null": both are accepted, the
 * column is nullable, and "not null" (a catch-all) leaves the column without a check.
 */
@Entity
@DiscriminatorColumn(discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("1")
public class Shape {
  @Id private Long id;
}
