package com.example.app;

/** What a user may do. */
public enum UserType {
  ADMIN,
  MEMBER
}
