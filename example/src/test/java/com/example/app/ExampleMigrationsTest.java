package com.example.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationStatus;
import dev.keel.runtime.Migrator;
import dev.keel.schema.Schema;
import dev.keel.schema.json.SnapshotCodec;
import dev.keel.schema.sql.PostgresDdl;
import dev.keel.schema.testing.Catalog;
import dev.keel.schema.testing.CatalogReader;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The example's committed migrations, as a user runs them: they apply, revert and apply again on
 * PostgreSQL, the result equals the committed snapshot, and Hibernate validates it.
 */
class ExampleMigrationsTest {

  private static final Path SNAPSHOT = Path.of("src/main/keel/schema.json");
  private static final Path MIGRATIONS = Path.of("src/main/java/db/migration");
  private static final Path PROCESSOR_GOLDENS = Path.of("../processor/src/test/resources/goldens");

  @Test
  void migrations_applyRevertAndApplyAgain_endingAtTheSnapshot() throws Exception {
    Schema snapshot = SnapshotCodec.read(Files.readAllBytes(SNAPSHOT));
    try (TestDatabase db = TestPostgres.createDatabase("example")) {
      Migrator.run(db.dataSource());
      Catalog applied = catalog(db);
      assertEquals(List.of(), reference(snapshot).differences(applied), "after run");

      Migrator.builder(db.dataSource()).build().revertTo(0);
      assertEquals(List.of(), reference(Schema.EMPTY).differences(catalog(db)), "after revert");

      Migrator.run(db.dataSource());
      assertEquals(List.of(), applied.differences(catalog(db)), "after run again");

      Migrator.revert(db.dataSource());
      Migrator.run(db.dataSource());
      assertEquals(List.of(), applied.differences(catalog(db)), "after revert one, run");
    }
  }

  @Test
  void hibernate_validatesTheMigratedSchema() throws Exception {
    try (TestDatabase db = TestPostgres.createDatabase("example_validate")) {
      Migrator.run(db.dataSource());
      Configuration config =
          new Configuration()
              .addAnnotatedClass(User.class)
              .setProperty("hibernate.connection.url", db.url())
              .setProperty("hibernate.hbm2ddl.auto", "validate")
              .setProperty(
                  "hibernate.physical_naming_strategy",
                  "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
      if (db.user() != null) {
        config.setProperty("hibernate.connection.username", db.user());
      }
      try (SessionFactory factory = config.buildSessionFactory()) {
        assertTrue(factory.isOpen());
      }
    }
  }

  @Test
  void main_migratesAnEmptyDatabase_andReportsEveryMigrationApplied() throws Exception {
    try (TestDatabase db = TestPostgres.createDatabase("example_main")) {
      String url = db.url();
      String hostAndPort = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
      Map<String, String> env =
          Map.of(
              "DB_HOST", hostAndPort.substring(0, hostAndPort.indexOf(':')),
              "DB_PORT", hostAndPort.substring(hostAndPort.indexOf(':') + 1),
              "DB_USER", db.user() == null ? "postgres" : db.user(),
              "DB_PASS", db.password() == null ? "" : db.password(),
              "DB_NAME", db.name());
      List<MigrationStatus> statuses = App.run(env);
      assertEquals(2, statuses.size());
      for (MigrationStatus s : statuses) {
        assertEquals(MigrationStatus.State.APPLIED, s.state(), s.toString());
      }
    }
  }

  /**
   * The committed migrations are exactly what the processor's own scenario test generates for the
   * same entity history, so that test's step-by-step checks (catalog equals the snapshot after
   * every up, down and up again) hold for them too.
   */
  @Test
  void committedMigrations_equalTheProcessorScenarioGoldens() throws Exception {
    for (String file :
        List.of("V0001__CreateUsersTable.java", "V0002__AddProfilePictureToUsers.java")) {
      assertEquals(
          Files.readString(PROCESSOR_GOLDENS.resolve("users/" + file), StandardCharsets.UTF_8),
          Files.readString(MIGRATIONS.resolve(file), StandardCharsets.UTF_8),
          file);
    }
    assertEquals(
        Files.readString(PROCESSOR_GOLDENS.resolve("users/schema.json"), StandardCharsets.UTF_8),
        Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
  }

  /**
   * Every committed snapshot, the example's and the processor's goldens, is canonical: writing what
   * was read gives the same bytes (DESIGN's determinism rule; a snapshot that is not would change
   * on the next build with no entity change).
   */
  @Test
  void committedSnapshots_writeAfterRead_areByteEqual() throws Exception {
    List<Path> snapshots;
    try (Stream<Path> goldens = Files.walk(PROCESSOR_GOLDENS)) {
      snapshots =
          Stream.concat(
                  Stream.of(SNAPSHOT),
                  goldens.filter(p -> p.getFileName().toString().equals("schema.json")).sorted())
              .toList();
    }
    assertTrue(snapshots.size() >= 4, "found " + snapshots);
    for (Path snapshot : snapshots) {
      byte[] bytes = Files.readAllBytes(snapshot);
      assertArrayEquals(bytes, SnapshotCodec.write(SnapshotCodec.read(bytes)), snapshot.toString());
    }
  }

  private static Catalog catalog(TestDatabase db) throws Exception {
    try (Connection c = db.connect()) {
      return CatalogReader.read(c);
    }
  }

  private static Catalog reference(Schema schema) throws Exception {
    try (TestDatabase ref = TestPostgres.createDatabase("example_reference")) {
      ref.execute(PostgresDdl.createAll(schema).toArray(String[]::new));
      return catalog(ref);
    }
  }
}
