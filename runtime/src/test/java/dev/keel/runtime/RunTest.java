package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationResult.Step;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunTest {

  private TestDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("run");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void run_emptyDatabase_appliesAllInNumericVersionOrder() throws SQLException {
    MigrationResult result = Fixtures.migrator(db, "basic").build().run();

    assertEquals(List.of(1L, 2L, 3L, 10L), versions(result.steps()));
    assertEquals(10, result.schemaVersion());
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
    assertTrue(Fixtures.exists(db, "orders"));
    assertTrue(Fixtures.exists(db, "users_email_idx"));
    assertEquals(
        List.of("CreateUsers|0000000000000001|migration|true|postgres"),
        Fixtures.strings(
            db,
            "select name || '|' || checksum || '|' || kind || '|' || transactional || '|'"
                + " || applied_by from keel_schema_history where version = 1"));
  }

  @Test
  void run_nonTransactionalMigration_isRecordedAsSuch() throws SQLException {
    MigrationResult result = Fixtures.migrator(db, "basic").build().run();

    assertFalse(result.steps().get(3).transactional());
    assertEquals(
        List.of("1 true", "2 true", "3 true", "10 false"),
        Fixtures.strings(
            db,
            "select version || ' ' || transactional from keel_schema_history order by version"));
  }

  @Test
  void run_secondTime_appliesNothing() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationResult again = Fixtures.migrator(db, "basic").build().run();

    assertTrue(again.steps().isEmpty());
    assertEquals(10, again.schemaVersion());
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void run_staticEntryPoint_usesDefaultIndexAndTable() throws SQLException {
    MigrationResult result = Migrator.run(db.dataSource());

    // the test class path carries a META-INF/keel/migrations.index with one migration
    assertEquals(List.of(1L), versions(result.steps()));
    assertEquals(List.of(1L), Fixtures.history(db));
  }

  @Test
  void run_withTarget_stopsAtTarget() throws SQLException {
    MigrationResult result = Fixtures.migrator(db, "basic").target(2).build().run();

    assertEquals(List.of(1L, 2L), versions(result.steps()));
    assertFalse(Fixtures.exists(db, "orders"));
    MigrationResult rest = Fixtures.migrator(db, "basic").build().run();
    assertEquals(List.of(3L, 10L), versions(rest.steps()));
  }

  @Test
  void run_dryRun_reportsStatementsAndChangesNothing() throws SQLException {
    MigrationResult result = Fixtures.migrator(db, "basic").dryRun(true).build().run();

    assertTrue(result.dryRun());
    assertEquals(List.of(1L, 2L, 3L, 10L), versions(result.steps()));
    assertEquals(
        List.of("create table users (id bigint primary key, email text not null)"),
        result.steps().get(0).statements());
    assertEquals(2, result.steps().get(2).statements().size());
    assertFalse(Fixtures.exists(db, "keel_schema_history"));
    assertFalse(Fixtures.exists(db, "users"));
  }

  @Test
  void run_dryRunOfJdbcMigration_saysWhatItCannotShow() throws SQLException {
    MigrationResult result = Fixtures.migrator(db, "jdbc").dryRun(true).build().run();

    List<String> seed = result.steps().get(1).statements();
    assertEquals("insert into users (id, email) values (1, 'ada@example.com')", seed.get(0));
    assertTrue(seed.get(1).startsWith("-- then JDBC code"), seed.get(1));
    assertFalse(Fixtures.exists(db, "users"));
  }

  @Test
  void run_jdbcDataMigration_commitsWithItsHistoryRow() throws SQLException {
    Fixtures.migrator(db, "jdbc").build().run();

    assertEquals(
        List.of("ada@example.com", "grace@example.com"),
        Fixtures.strings(db, "select email from users order by id"));
    assertEquals(List.of(1L, 2L), Fixtures.history(db));
  }

  @Test
  void run_schemaAndTableOptions_putHistoryThereAndMigrationsOnSearchPath() throws SQLException {
    Fixtures.migrator(db, "basic").schema("app").historyTable("my_history").build().run();

    assertEquals(
        List.of("1", "2", "3", "10"),
        Fixtures.strings(db, "select version from app.my_history order by version"));
    assertEquals(
        List.of("app"),
        Fixtures.strings(db, "select schemaname from pg_tables where tablename = 'orders'"));
    assertFalse(Fixtures.exists(db, "keel_schema_history"));
  }

  @Test
  void run_logsOneLinePerMigrationWithVersionNameAndMillis() {
    List<String> lines = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            lines.add(r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger("dev.keel.runtime");
    logger.addHandler(handler);
    try {
      Fixtures.migrator(db, "basic").build().run();
    } finally {
      logger.removeHandler(handler);
    }

    List<String> perMigration = new ArrayList<>();
    for (String line : lines) {
      if (line.matches("Applied \\d+ \\w+ in \\d+ ms.*")) {
        perMigration.add(line.replaceAll(" in \\d+ ms", " in N ms"));
      }
    }
    assertEquals(
        List.of(
            "Applied 1 CreateUsers in N ms",
            "Applied 2 AddNameToUsers in N ms",
            "Applied 3 CreateOrders in N ms",
            "Applied 10 IndexUsersEmail in N ms (non-transactional)"),
        perMigration);
  }

  static List<Long> versions(List<Step> steps) {
    List<Long> versions = new ArrayList<>();
    for (Step step : steps) {
      versions.add(step.version());
    }
    return versions;
  }
}
