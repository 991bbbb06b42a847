package com.example.corpus.misc;

public record Temperature(double celsius) {}
