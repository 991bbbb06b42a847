package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Owner {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(referencedColumnName = "code")
  private Animal pet;
}
