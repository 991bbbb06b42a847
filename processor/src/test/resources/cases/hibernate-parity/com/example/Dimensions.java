package com.example;

import jakarta.persistence.Embeddable;

/**
 * No @Access of its own, embedded under field access (Crate) and property access (Pallet): its
 * fields and getters name the same attributes, so Hibernate maps both alike.
 */
@Embeddable
public class Dimensions {
  private int width;

  public int getWidth() {
    return width;
  }

  public void setWidth(int width) {
    this.width = width;
  }
}
