package com.example.corpus.hierarchy;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("MEMO")
public class Memo extends Document {
  private String body;
}
