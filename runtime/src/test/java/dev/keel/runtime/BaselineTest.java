package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationException.Reason;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private TestDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("baseline");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void baseline_existingSchema_runAppliesOnlyLaterMigrations() throws SQLException {
    // a schema built by someone else (hbm2ddl, say) up to what migration 2 makes
    db.execute(
        "create table users (id bigint primary key, email text not null, name varchar(100))");

    Fixtures.migrator(db, "basic").build().baseline(2);
    MigrationResult result = Fixtures.migrator(db, "basic").build().run();

    assertEquals(List.of(3L, 10L), RunTest.versions(result.steps()));
    assertEquals(
        List.of("1 BELOW_BASELINE", "2 BASELINE", "3 APPLIED", "10 APPLIED"),
        ValidationTest.states(Fixtures.migrator(db, "basic").build().status()));
    assertEquals(
        List.of("2 baseline", "3 migration", "10 migration"),
        Fixtures.strings(
            db, "select version || ' ' || kind from keel_schema_history order by version"));
  }

  @Test
  void baseline_noVersion_takesTheNewestInTheIndex() throws SQLException {
    MigrationResult result = Fixtures.migrator(db, "basic").build().baseline();

    assertEquals(10, result.schemaVersion());
    assertEquals(List.of(10L), Fixtures.history(db));
  }

  @Test
  void baseline_noVersionAndEmptyIndex_isRefusedWithTheFix() {
    MigrationException e =
        assertThrows(
            MigrationException.class,
            () -> Fixtures.migrator(db, "no-such-scenario").build().baseline());

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(
        e.getMessage().startsWith("Cannot baseline at the newest migration: no migration index"),
        e.getMessage());
  }

  @Test
  void baseline_historyNotEmpty_isRefused() {
    Fixtures.migrator(db, "basic").target(1).build().run();

    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic").build().baseline(3));

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(e.getMessage().contains("already has 1 row(s)"), e.getMessage());
  }

  @Test
  void revert_belowBaseline_isRefused() {
    Fixtures.migrator(db, "basic").build().baseline(10);

    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic").build().revert());

    assertTrue(e.getMessage().startsWith("Cannot revert below the baseline at version 10"));
  }
}
