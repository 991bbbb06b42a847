package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class VersionedInt {
  @Id private Long id;
  @Version private int version;
}
