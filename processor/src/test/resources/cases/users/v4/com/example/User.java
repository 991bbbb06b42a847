package com.example;

import dev.keel.runtime.annotations.AllowDrop;
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

/** v4: no default on failedAttempts, a wider balance; AuditEntry is gone. */
@Entity
@AllowDrop(tables = "audit_entry")
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

  private int failedAttempts;

  private LocalDateTime lockoutUntil;

  private String profilePicture;

  @Column(precision = 12, scale = 2)
  private BigDecimal balance;

  @Column(nullable = false)
  @org.hibernate.annotations.ColumnDefault("now()")
  private LocalDateTime createdAt;

  @Column(nullable = false)
  @org.hibernate.annotations.ColumnDefault("now()")
  private LocalDateTime updatedAt;
}
