package com.example;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

@Entity
public class Account {
  @Id private Long id;

  @Convert(converter = MoneyConverter.class)
  private Money balance;

  /** A raw list: the element type comes from targetClass. */
  @SuppressWarnings("rawtypes")
  @ElementCollection(targetClass = String.class)
  private List tags;
}
