package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

/** Words inside string literals of a check are no columns: PostgreSQL names it contact_kind_check. */
@Entity
@Check(constraints = "kind in ('email', 'phone')")
public class Contact {
  @Id private Long id;

  private String kind;

  private String email;

  private String phone;
}
