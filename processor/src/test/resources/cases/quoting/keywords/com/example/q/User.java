package com.example.q;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A table and columns named with keywords, for the quoting options. */
@Entity
public class User {
  @Id @GeneratedValue private Long id;
  private String name;
  private String order;
  private String limit;
  private String value;
  private String fullName;
}
