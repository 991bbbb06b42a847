package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Novel {
  @Id private Long id;

  @ManyToOne private Writer author;
}
