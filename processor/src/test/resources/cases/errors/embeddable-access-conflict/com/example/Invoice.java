package com.example;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Property access: the first to embed Total, so Total is read through its getters. */
@Entity
public class Invoice {
  private Long id;
  private Total total;

  @Id
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Embedded
  public Total getTotal() {
    return total;
  }

  public void setTotal(Total total) {
    this.total = total;
  }
}
