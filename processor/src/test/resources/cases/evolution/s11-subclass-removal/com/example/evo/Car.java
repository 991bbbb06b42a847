package com.example.evo;

import dev.keel.runtime.annotations.AllowDrop;
import jakarta.persistence.Entity;

@Entity
@AllowDrop(columns = {"trim", "payload"})
public class Car extends Vehicle {
  private int seats;
}
