package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "id_renamed_table")
public class IdRenamedTable {
  @Id @GeneratedValue private Long id;
}
