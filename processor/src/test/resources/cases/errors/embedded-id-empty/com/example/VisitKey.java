package com.example;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class VisitKey implements Serializable {}
