package com.example.safe;

import dev.keel.runtime.annotations.AllowNotNull;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Check;

@Entity

public class Member {
  @Id @GeneratedValue private Long id;
  @Column(unique = true)
  private String email;

  private String nickname;
  private Integer age;
  private String bio;
}
