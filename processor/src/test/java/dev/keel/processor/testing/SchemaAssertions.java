package dev.keel.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Schema;
import dev.keel.schema.sql.PostgresDdl;
import dev.keel.schema.testing.Catalog;
import dev.keel.schema.testing.CatalogReader;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * "The schema read from the catalog equals the snapshot": the database's catalog is compared with
 * the catalog of a fresh database built straight from the snapshot, so PostgreSQL itself normalises
 * types, defaults and constraint texts on both sides.
 */
public final class SchemaAssertions {

  private SchemaAssertions() {}

  /** Asserts {@code db}'s catalog equals the one {@code expected} builds. */
  public static void assertCatalogMatches(Connection db, Schema expected, String when)
      throws SQLException {
    List<String> schemas = schemasOf(expected);
    Catalog actual = CatalogReader.read(db, schemas);
    assertEquals(List.of(), reference(expected).differences(actual), when);
  }

  /** Reference catalogs by snapshot hash: building one takes a database. */
  private static final java.util.Map<String, Catalog> REFERENCES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The catalog of a fresh database built straight from {@code schema}. */
  public static Catalog reference(Schema schema) throws SQLException {
    String key = dev.keel.schema.json.SnapshotCodec.hash(schema);
    Catalog known = REFERENCES.get(key);
    if (known != null) {
      return known;
    }
    try (TestDatabase reference = TestPostgres.createDatabase("reference");
        Connection c = reference.connect()) {
      for (String sql : PostgresDdl.createAll(schema)) {
        try (java.sql.Statement st = c.createStatement()) {
          st.execute(sql);
        }
      }
      Catalog built = CatalogReader.read(c, schemasOf(schema));
      REFERENCES.put(key, built);
      return built;
    }
  }

  /**
   * The differences between the catalog of {@code db} and the catalog Hibernate's own {@code
   * create} builds for {@code entities} in a fresh database, one readable line each.
   */
  public static List<String> differencesFromHibernate(
      TestDatabase db,
      Schema schema,
      List<Class<?>> entities,
      HibernateOracle.Naming naming,
      String... hibernateSettings)
      throws SQLException {
    List<String> schemas = schemasOf(schema);
    try (TestDatabase hibernate = TestPostgres.createDatabase("hibernate")) {
      for (String namespace : schema.namespaces()) {
        hibernate.execute("create schema " + namespace);
      }
      HibernateOracle.create(hibernate, entities, naming, hibernateSettings);
      try (Connection ours = db.connect();
          Connection theirs = hibernate.connect()) {
        return CatalogReader.read(theirs, schemas).differences(CatalogReader.read(ours, schemas));
      }
    }
  }

  /** {@code public} plus the schema's namespaces, canonical. */
  public static List<String> schemasOf(Schema s) {
    List<String> result = new ArrayList<>(List.of("public"));
    for (String n : s.namespaces()) {
      result.add(dev.keel.schema.Identifiers.canonical(n));
    }
    return result;
  }
}
