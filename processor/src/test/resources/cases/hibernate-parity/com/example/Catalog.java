package com.example;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Entities and embeddables nested in a class: Hibernate names them Catalog$Product. */
public class Catalog {

  @Entity
  public static class Product {
    @Id private Long id;

    private String name;

    @Embedded private Size size;
  }

  @Embeddable
  public static class Size {
    private int width;
  }
}
