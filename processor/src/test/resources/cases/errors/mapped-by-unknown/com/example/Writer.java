package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Writer {
  @Id private Long id;

  @OneToMany(mappedBy = "writer")
  private List<Novel> novels;
}
