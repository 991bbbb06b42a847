package com.example.safe;

/** A test class of the module: it uses the main classes, and is no entity. */
public class MemberTest {
  Member member = new Member();
}
