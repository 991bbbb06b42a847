package com.example;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Rows whose discriminator is null; its not-null column gets Hibernate's "dtype is null or". */
@Entity
@DiscriminatorValue("null")
public class Stray extends Pet {
  private int legs;
}
