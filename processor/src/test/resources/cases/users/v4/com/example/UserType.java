package com.example;

public enum UserType {
  ADMIN,
  MEMBER
}
