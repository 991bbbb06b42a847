package com.example;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class EditionId implements Serializable {
  private String isbn;
  private int printing;
}
