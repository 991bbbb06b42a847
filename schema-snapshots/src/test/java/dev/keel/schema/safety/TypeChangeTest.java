package dev.keel.schema.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of safe widenings and the rewrite rules, pair by pair. */
class TypeChangeTest {

  /**
   * A type change and what Keel says it does: safe (loses nothing), rewrites (the table). For a
   * type Keel cannot read (a {@code columnDefinition} with a collation) it assumes the worst.
   */
  record Rule(String from, String to, boolean safe, boolean rewrites) {

    /** Whether Keel reads both types, so that its answer is PostgreSQL's, not a cautious guess. */
    boolean readable() {
      return !(from + to).contains("collate");
    }
  }

  static final List<Rule> RULES =
      List.of(
          new Rule("varchar(10)", "varchar(20)", true, false),
          new Rule("varchar(20)", "varchar(10)", false, true),
          new Rule("varchar(10)", "varchar", true, false),
          new Rule("varchar(10)", "text", true, false),
          new Rule("text", "varchar", true, false),
          new Rule("varchar", "text", true, false),
          new Rule("text", "varchar(10)", false, true),
          new Rule("varchar", "varchar(10)", false, true),
          new Rule("char(1)", "char(5)", true, true),
          new Rule("char(5)", "char(1)", false, true),
          new Rule("char(5)", "varchar(5)", false, true),
          new Rule("char(1)", "text", false, true),
          new Rule("varchar(5)", "char(5)", false, true),
          new Rule("smallint", "integer", true, true),
          new Rule("integer", "bigint", true, true),
          new Rule("int4", "int8", true, true),
          new Rule("bigint", "integer", false, true),
          new Rule("integer", "smallint", false, true),
          new Rule("integer", "numeric(12,0)", true, true),
          new Rule("integer", "numeric(10,2)", false, true),
          new Rule("bigint", "numeric(38,0)", true, true),
          new Rule("bigint", "numeric", true, true),
          new Rule("integer", "double precision", true, true),
          new Rule("bigint", "double precision", false, true),
          new Rule("smallint", "real", true, true),
          new Rule("integer", "real", false, true),
          new Rule("float4", "float(53)", true, true),
          new Rule("float(53)", "real", false, true),
          new Rule("float(53)", "double precision", true, false),
          new Rule("numeric(10,2)", "numeric(12,2)", true, false),
          new Rule("numeric(10,2)", "numeric(12,3)", true, true),
          new Rule("numeric(10,2)", "numeric(11,3)", true, true),
          new Rule("numeric(10,2)", "numeric(10,3)", false, true),
          new Rule("numeric(10,2)", "numeric", true, false),
          new Rule("numeric", "numeric(10,2)", false, true),
          new Rule("numeric(12,2)", "numeric(10,2)", false, true),
          new Rule("numeric(10)", "numeric(10,0)", true, false),
          new Rule("timestamp(3)", "timestamp(6)", true, false),
          new Rule("timestamp(6)", "timestamp", true, false),
          new Rule("timestamp(6)", "timestamp(3)", false, true),
          new Rule("timestamp", "timestamp(3)", false, true),
          new Rule("timestamp(6) with time zone", "timestamp(6)", false, true),
          new Rule("timestamp(6)", "timestamp(6) with time zone", false, true),
          new Rule("timestamp(0) with time zone", "timestamp(6) with time zone", true, false),
          new Rule("time(0)", "time(6)", true, false),
          new Rule("time(6)", "time(0)", false, true),
          new Rule("time(0) with time zone", "time(3) with time zone", true, false),
          new Rule("date", "timestamp(6)", true, true),
          new Rule("date", "timestamp(6) with time zone", false, true),
          new Rule("integer", "text", false, true),
          new Rule("uuid", "varchar(36)", false, true),
          new Rule("boolean", "integer", false, true),
          new Rule("varchar(42) collate \"C\"", "varchar(50) collate \"C\"", false, true),
          new Rule("bytea", "bytea", true, false));

  @Test
  void everyRule_safeAndRewriteAsTabled() {
    for (Rule rule : RULES) {
      assertEquals(rule.safe(), TypeChange.isSafeWidening(rule.from(), rule.to()), "safe: " + rule);
      assertEquals(
          rule.rewrites(), TypeChange.rewrites(rule.from(), rule.to()), "rewrites: " + rule);
    }
  }
}
