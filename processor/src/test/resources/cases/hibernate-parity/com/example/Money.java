package com.example;

public class Money {
  final String text;

  public Money(String text) {
    this.text = text;
  }
}
