package dev.keel.runtime;

import dev.keel.schema.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers: a migrator over a test scenario, and questions to the catalog. */
final class Fixtures {

  private Fixtures() {}

  /** The index resource of a scenario under {@code src/test/resources/keel-test/}. */
  static String index(String scenario) {
    return "keel-test/" + scenario + ".index";
  }

  /** A builder for {@code scenario}'s migrations on {@code db}. */
  static Migrator.Builder migrator(TestDatabase db, String scenario) {
    return Migrator.builder(db.dataSource())
        .indexResource(index(scenario))
        .lockTimeout(Duration.ofSeconds(60));
  }

  /** The versions in the default history table, ascending. */
  static List<Long> history(TestDatabase db) throws SQLException {
    List<Long> versions = new ArrayList<>();
    for (String v : strings(db, "select version from keel_schema_history order by version")) {
      versions.add(Long.parseLong(v));
    }
    return versions;
  }

  /** Whether a relation (table, index) of that name exists in schema public. */
  static boolean exists(TestDatabase db, String relation) throws SQLException {
    return !strings(
            db,
            "select 1 from pg_class where relname = '"
                + relation
                + "'"
                + " and relnamespace = 'public'::regnamespace")
        .isEmpty();
  }

  /** The first column of every row. */
  static List<String> strings(TestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  /**
   * Schema public as the catalog describes it: columns, indexes and constraints, one per line,
   * sorted, the history table left out.
   */
  static String catalog(TestDatabase db) throws SQLException {
    String sql =
        "select 'column ' || table_name || '.' || column_name || ' ' || data_type"
            + " || coalesce('(' || character_maximum_length || ')', '')"
            + " || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')"
            + " || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
            + " from information_schema.columns"
            + " where table_schema = 'public' and table_name <> 'keel_schema_history'"
            + " union all select 'index ' || indexdef from pg_indexes"
            + " where schemaname = 'public' and tablename <> 'keel_schema_history'"
            + " union all select 'constraint ' || conrelid::regclass || ' ' || conname || ' '"
            + " || pg_get_constraintdef(oid) from pg_constraint"
            + " where connamespace = 'public'::regnamespace"
            + " and conrelid <> 'keel_schema_history'::regclass"
            + " order by 1";
    return String.join("\n", strings(db, sql));
  }
}
