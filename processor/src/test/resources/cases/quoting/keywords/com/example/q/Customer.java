package com.example.q;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/** An ordinary entity that refers to entities whose tables are quoted. */
@Entity
public class Customer {
  @Id @GeneratedValue private Long id;

  @ManyToOne private Order lastOrder;

  @ManyToOne private User accountManager;

  @ElementCollection private Set<String> nickNames;
}
