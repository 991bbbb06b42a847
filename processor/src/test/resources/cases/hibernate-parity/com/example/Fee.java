package com.example;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;

/**
 * Its own @Access(FIELD): read through its fields (column cents, not amount) also where a
 * property-access entity (Pallet) embeds it.
 */
@Embeddable
@Access(AccessType.FIELD)
public class Fee {
  private long cents;

  public long getAmount() {
    return cents;
  }

  public void setAmount(long amount) {
    this.cents = amount;
  }
}
