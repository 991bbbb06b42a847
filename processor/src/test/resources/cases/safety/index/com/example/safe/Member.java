package com.example.safe;

import dev.keel.runtime.annotations.AllowDrop;
import dev.keel.runtime.annotations.AllowNarrowing;
import dev.keel.runtime.annotations.AllowNotNull;
import dev.keel.runtime.annotations.RenamedFrom;
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
  private String email;
  private String nickname;
  private Integer age;
  private String bio;
}
