package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
public class VersionedInstant {
  @Id private Long id;
  @Version private Instant version;
}
