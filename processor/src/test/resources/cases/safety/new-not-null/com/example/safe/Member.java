package com.example.safe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Member {
  @Id @GeneratedValue private Long id;
  private String email;
  private String nickname;
  private Integer age;
  private String bio;

  @Column(nullable = false)
  private String phone;
}
