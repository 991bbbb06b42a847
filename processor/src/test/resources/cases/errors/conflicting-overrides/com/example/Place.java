package com.example;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Place {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "name", column = @Column(name = "first_name"))
  @AttributeOverride(name = "name", column = @Column(name = "second_name"))
  private Label label;
}
