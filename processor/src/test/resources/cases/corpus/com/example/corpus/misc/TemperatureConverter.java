package com.example.corpus.misc;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TemperatureConverter implements AttributeConverter<Temperature, String> {
  @Override
  public String convertToDatabaseColumn(Temperature t) {
    return t == null ? null : Double.toString(t.celsius());
  }

  @Override
  public Temperature convertToEntityAttribute(String s) {
    return s == null ? null : new Temperature(Double.parseDouble(s));
  }
}
