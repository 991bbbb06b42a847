package com.example.corpus.shop;

public enum Color {
  RED,
  GREEN,
  BLUE
}
