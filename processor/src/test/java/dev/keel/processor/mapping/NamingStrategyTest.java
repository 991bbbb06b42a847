package dev.keel.processor.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hibernate 7's snake-case physical naming, vectors from hibernate-postgresql-ddl.md §4.2. */
class NamingStrategyTest {

  @Test
  void snakeCase_followsHibernate7() {
    assertEquals("big_integer_p12", NamingStrategy.snakeCase("bigIntegerP12"));
    assertEquals("double_p10", NamingStrategy.snakeCase("doubleP10"));
    assertEquals("mixed_case_name", NamingStrategy.snakeCase("MixedCaseName"));
    assertEquals("prim_int", NamingStrategy.snakeCase("primInt"));
    assertEquals("id_auto_seq", NamingStrategy.snakeCase("IdAuto_SEQ"));
    assertEquals("url", NamingStrategy.snakeCase("URL"));
    assertEquals("address_street", NamingStrategy.snakeCase("address.street"));
  }

  @Test
  void quotedNames_areLeftAlone() {
    assertEquals("\"MixedCase\"", NamingStrategy.SNAKE_CASE.physical("\"MixedCase\""));
    assertEquals("MixedCase", NamingStrategy.JPA.physical("MixedCase"));
  }
}
