package com.example;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

@Entity
public class Basket {
  @Id private Long id;

  @ElementCollection private List<Fruit> fruits;
}
