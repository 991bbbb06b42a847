package com.example.corpus.shop;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class OrderLineId implements Serializable {
  private static final long serialVersionUID = 1L;
  private int lineNo;
  private Long orderId;
}
