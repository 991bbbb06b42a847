package com.example.corpus.shop;

import jakarta.persistence.Embeddable;

@Embeddable
public class GeoPoint {
  private double lat;
  private double lon;
}
