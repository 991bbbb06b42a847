package com.example;

import jakarta.persistence.Embeddable;

/** No @Access of its own: field 'amt', property 'amount'. */
@Embeddable
public class Total {
  private long amt;

  public long getAmount() {
    return amt;
  }

  public void setAmount(long amount) {
    this.amt = amount;
  }
}
