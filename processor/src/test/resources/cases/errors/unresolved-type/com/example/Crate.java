package com.example;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

@Entity
public class Crate {
  @Id private Long id;

  private Missing thing;

  @ElementCollection private List<Absent> others;
}
