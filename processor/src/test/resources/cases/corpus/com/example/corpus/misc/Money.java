package com.example.corpus.misc;

public record Money(long cents) {}
