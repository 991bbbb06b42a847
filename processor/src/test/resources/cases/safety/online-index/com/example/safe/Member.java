package com.example.safe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(columnList = "email"))
public class Member {
  @Id @GeneratedValue private Long id;

  @Column(unique = true)
  private String email;

  private String nickname;
  private Integer age;
}
