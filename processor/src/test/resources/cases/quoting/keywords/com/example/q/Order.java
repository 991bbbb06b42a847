package com.example.q;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

@Entity
public class Order {
  @Id @GeneratedValue private Long id;

  @ManyToOne private User user;

  private String from;

  @ManyToMany private Set<User> watchers;
}
