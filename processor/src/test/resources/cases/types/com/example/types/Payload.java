package com.example.types;

import java.io.Serializable;

public class Payload implements Serializable {
  private static final long serialVersionUID = 1L;
  private String content;
}
