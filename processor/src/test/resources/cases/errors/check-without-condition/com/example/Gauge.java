package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

@Entity
@Check(constraints = "")
public class Gauge {
  @Id private Long id;

  private int level;
}
