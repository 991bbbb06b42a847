package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class VersionedLong {
  @Id private Long id;
  @Version private Long version;
}
