package com.example.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** Property access: the annotations sit on the getters. */
@Entity
public class PropertyAccess {
  private Long id;
  private String title;
  private boolean active;
  private String scratch;

  @Id
  @GeneratedValue
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Column(length = 80, nullable = false)
  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Transient
  public String getScratch() {
    return scratch;
  }

  public void setScratch(String scratch) {
    this.scratch = scratch;
  }
}
