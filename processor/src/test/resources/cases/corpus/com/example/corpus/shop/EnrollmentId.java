package com.example.corpus.shop;

import java.io.Serializable;

public class EnrollmentId implements Serializable {
  private static final long serialVersionUID = 1L;
  private Long courseId;
  private Long studentId;
}
