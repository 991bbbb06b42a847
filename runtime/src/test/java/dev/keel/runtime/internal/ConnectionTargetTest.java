package dev.keel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ConnectionTargetTest {

  @Test
  void parse_fullUrl_takesHostPortDatabaseAndParameters() {
    ConnectionTarget t =
        ConnectionTarget.parse(
            "jdbc:postgresql://db.example.com:6543/app%20db?user=alice&password=p%40ss&sslmode=require");

    assertEquals(
        new ConnectionTarget("db.example.com", 6543, "app db", "alice", "p@ss", "require"), t);
    assertFalse(t.toString().contains("p@ss"));
  }

  @Test
  void parse_defaultsAndVariants() {
    assertEquals(
        new ConnectionTarget("localhost", 5432, "app", null, null, null),
        ConnectionTarget.parse("jdbc:postgresql:app"));
    assertEquals(
        new ConnectionTarget("h1", 5432, "app", null, null, null),
        ConnectionTarget.parse("jdbc:postgresql://h1,h2:5433/app"));
    assertEquals(
        new ConnectionTarget("::1", 5433, "app", null, null, null),
        ConnectionTarget.parse("jdbc:postgresql://[::1]:5433/app"));
  }
}
