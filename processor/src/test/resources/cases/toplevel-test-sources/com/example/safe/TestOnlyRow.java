package com.example.safe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity that exists only in the tests, e.g. for a repository test. */
@Entity
public class TestOnlyRow {
  @Id private Long id;
}
