package com.example.safe;

import dev.keel.runtime.annotations.AllowDrop;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
@AllowDrop(columns = "about")
public class Member {
  @Id @GeneratedValue private Long id;
  private String email;
  private String nickname;
  private Integer age;
}
