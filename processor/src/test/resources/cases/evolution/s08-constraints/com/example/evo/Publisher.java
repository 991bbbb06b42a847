package com.example.evo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Publisher {
  @Id @GeneratedValue private Long id;
  private String name;

  @OneToMany
  @JoinColumn(name = "imprint_of")
  private List<Publisher> imprints;
}
