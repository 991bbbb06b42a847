package com.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/** v3: a changed default, a longer email, a nullable password, an index, a new column. */
@Entity
@Table(name = "users", indexes = @Index(columnList = "fullName"))
public class User {
  @Id @GeneratedValue private UUID id;

  @Column(nullable = false)
  private String fullName;

  @Column(nullable = false)
  private String userName;

  @Column(nullable = false, unique = true, length = 320)
  private String email;

  private String password;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UserType userType;

  @ColumnDefault("3")
  private int failedAttempts;

  private LocalDateTime lockoutUntil;

  private String profilePicture;

  @Column(precision = 10, scale = 2)
  private BigDecimal balance;

  @Column(nullable = false)
  @ColumnDefault("now()")
  private LocalDateTime createdAt;

  @Column(nullable = false)
  @ColumnDefault("now()")
  private LocalDateTime updatedAt;
}
