package com.example;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Venue {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "title", column = @Column(name = "venue_title"))
  private Sign sign;
}
