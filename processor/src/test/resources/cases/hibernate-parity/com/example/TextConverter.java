package com.example;

import jakarta.persistence.AttributeConverter;

/** A converter base class: converters extending it are converters too. */
public abstract class TextConverter<T> implements AttributeConverter<T, String> {
  @Override
  public String convertToDatabaseColumn(T value) {
    return value == null ? null : value.toString();
  }
}
