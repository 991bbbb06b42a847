package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
public class Member {
  @Id private Long id;

  @NotNull
  @Size(max = 20)
  private String nickname;
}
