package com.example;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An INTEGER discriminator without values: Hibernate uses each entity name's hashCode(). */
@Entity
@DiscriminatorColumn(discriminatorType = DiscriminatorType.INTEGER)
public class Vehicle {
  @Id private Long id;
}
