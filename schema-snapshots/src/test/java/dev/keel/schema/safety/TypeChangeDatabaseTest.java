package dev.keel.schema.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rewrite rules agree with PostgreSQL: for each tabled type change of types Keel reads, on a
 * table with a row, the table's file node changes exactly when {@code TypeChange.rewrites} says so.
 * The session time zone is not UTC, as on most application servers, so {@code timestamp} ↔ {@code
 * timestamptz} rewrites.
 */
class TypeChangeDatabaseTest {

  @Test
  void rewrites_agreesWithTheFileNodePostgresKeepsOrReplaces() throws Exception {
    List<String> disagreements = new ArrayList<>();
    try (TestDatabase db = TestPostgres.createDatabase("type_rewrites");
        Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("set timezone = 'Europe/Paris'");
      for (TypeChangeTest.Rule rule : TypeChangeTest.RULES) {
        if (!rule.readable()) {
          continue;
        }
        st.execute("drop table if exists t");
        st.execute("create table t (c " + rule.from() + ")");
        st.execute("insert into t values (null)");
        long before = fileNode(st);
        String to = rule.to();
        st.execute(
            "alter table t alter column c type " + to + " using c::" + to.split(" collate")[0]);
        boolean rewritten = fileNode(st) != before;
        if (rewritten != rule.rewrites()) {
          disagreements.add(rule + ": PostgreSQL rewrote: " + rewritten);
        }
      }
    }
    assertEquals(List.of(), disagreements);
  }

  private static long fileNode(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("select relfilenode from pg_class where relname = 't'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
