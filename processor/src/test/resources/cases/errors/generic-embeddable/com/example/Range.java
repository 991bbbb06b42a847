package com.example;

import jakarta.persistence.Embeddable;

@Embeddable
public class Range<T extends Comparable<T>> {
  private T low;

  private T high;
}
