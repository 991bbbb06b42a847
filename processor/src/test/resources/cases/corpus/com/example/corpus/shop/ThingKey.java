package com.example.corpus.shop;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class ThingKey implements Serializable {
  private static final long serialVersionUID = 1L;
  private String region;
  private int number;
}
