package com.example;

import dev.keel.runtime.annotations.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@RenamedFrom("")
public class Lamp {
  @Id private Long id;

  @RenamedFrom(" ")
  private String shade;
}
