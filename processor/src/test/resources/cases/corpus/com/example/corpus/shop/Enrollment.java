package com.example.corpus.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.time.LocalDate;

@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {
  @Id private Long courseId;
  @Id private Long studentId;
  private LocalDate enrolledOn;
}
