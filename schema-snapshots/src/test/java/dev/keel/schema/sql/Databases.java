package dev.keel.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Identifiers;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.testing.Catalog;
import dev.keel.schema.testing.CatalogReader;
import dev.keel.schema.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Helpers for the tests that run rendered DDL on PostgreSQL. */
final class Databases {

  private Databases() {}

  /** Runs the statements in one transaction, as a migration does; a failure names the statement. */
  static void apply(TestDatabase db, List<String> statements) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      for (String sql : statements) {
        try {
          st.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("statement failed: " + sql + "\n" + e.getMessage(), e);
        }
      }
      c.commit();
    }
  }

  /**
   * Runs rendered statements group by group, as a migration runner does: a transactional group in
   * one transaction, each statement of a concurrent group on its own in autocommit mode.
   */
  static void apply(TestDatabase db, Rendered rendered) throws SQLException {
    for (Rendered.Group group : rendered.groups()) {
      if (!group.concurrent()) {
        apply(db, group.statements());
        continue;
      }
      try (Connection c = db.connect();
          Statement st = c.createStatement()) {
        for (String sql : group.statements()) {
          try {
            st.execute(sql);
          } catch (SQLException e) {
            throw new SQLException("statement failed: " + sql + "\n" + e.getMessage(), e);
          }
        }
      }
    }
  }

  /** The catalog of {@code public} and every namespace either schema uses. */
  static Catalog read(TestDatabase db, Schema... schemas) throws SQLException {
    List<String> names =
        Stream.concat(
                Stream.of("public"),
                Stream.of(schemas)
                    .flatMap(s -> s.namespaces().stream())
                    .map(Identifiers::canonical))
            .distinct()
            .toList();
    try (Connection c = db.connect()) {
      return CatalogReader.read(c, names);
    }
  }

  /** Asserts that the database holds every constraint and index under the model's name. */
  static void assertNamesMatch(Schema schema, Catalog catalog) {
    for (Table t : schema.tables()) {
      String schemaName = t.schema().isEmpty() ? "public" : Identifiers.canonical(t.schema());
      Catalog.Table actual =
          catalog.table(schemaName, Identifiers.canonical(t.name())).orElseThrow();
      TreeSet<String> constraints = new TreeSet<>();
      if (t.primaryKey() != null) {
        constraints.add(Identifiers.canonical(t.primaryKey().name()));
      }
      t.uniqueConstraints().forEach(u -> constraints.add(u.key()));
      t.foreignKeys().forEach(f -> constraints.add(f.key()));
      t.checks().forEach(c -> constraints.add(c.key()));
      TreeSet<String> indexes = new TreeSet<>();
      t.indexes().forEach(i -> indexes.add(i.key()));
      assertEquals(
          constraints,
          new TreeSet<>(actual.constraints().stream().map(Catalog.Constraint::name).toList()),
          "constraint names of " + t.key());
      assertEquals(
          indexes,
          new TreeSet<>(actual.indexes().stream().map(Catalog.Index::name).toList()),
          "index names of " + t.key());
    }
  }
}
