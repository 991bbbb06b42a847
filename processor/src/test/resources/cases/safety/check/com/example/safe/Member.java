package com.example.safe;

import dev.keel.runtime.annotations.AllowNotNull;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Check;

@Entity
@Check(constraints = "age >= 0")
public class Member {
  @Id @GeneratedValue private Long id;
  private String email;
  private String nickname;
  private Integer age;
  private String bio;
}
