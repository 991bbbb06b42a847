package com.example.types;

public enum Color {
  RED,
  GREEN,
  BLUE
}
