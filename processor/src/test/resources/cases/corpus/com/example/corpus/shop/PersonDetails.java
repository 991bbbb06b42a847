package com.example.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class PersonDetails {
  @Id private Long id;

  @MapsId @OneToOne private Person person;

  private String bio;
}
