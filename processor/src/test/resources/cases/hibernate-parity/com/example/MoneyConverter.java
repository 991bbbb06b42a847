package com.example;

public class MoneyConverter extends TextConverter<Money> {
  @Override
  public Money convertToEntityAttribute(String text) {
    return text == null ? null : new Money(text);
  }
}
