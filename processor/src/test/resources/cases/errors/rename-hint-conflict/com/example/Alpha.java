package com.example;

import dev.keel.runtime.annotations.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@RenamedFrom("legacy")
public class Alpha {
  @Id private Long id;
}
