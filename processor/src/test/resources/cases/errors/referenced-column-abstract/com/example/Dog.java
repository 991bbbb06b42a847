package com.example;

import jakarta.persistence.Entity;

@Entity
public class Dog extends Animal {}
