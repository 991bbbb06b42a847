package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class RevertTest {

  private TestDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("revert");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void revert_undoesLastMigrationAndItsHistoryRow() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationResult result = Fixtures.migrator(db, "basic").build().revert();

    assertEquals(MigrationResult.Operation.REVERT, result.operation());
    assertEquals(List.of(10L), RunTest.versions(result.steps()));
    assertFalse(result.steps().get(0).transactional());
    assertEquals(3, result.schemaVersion());
    assertFalse(Fixtures.exists(db, "users_email_idx"));
    assertEquals(List.of(1L, 2L, 3L), Fixtures.history(db));
  }

  @Test
  void revertTo_undoesNewestFirstDownToVersion() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationResult result = Fixtures.migrator(db, "basic").build().revertTo(1);

    assertEquals(List.of(10L, 3L, 2L), RunTest.versions(result.steps()));
    assertEquals(1, result.schemaVersion());
    assertEquals(List.of(1L), Fixtures.history(db));
    assertFalse(Fixtures.exists(db, "orders"));
    assertEquals(
        List.of("email", "id"),
        Fixtures.strings(
            db,
            "select column_name from information_schema.columns where table_name = 'users'"
                + " order by 1"));
  }

  @Test
  void revertThenRun_givesTheSameCatalog() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();
    String before = Fixtures.catalog(db);

    Fixtures.migrator(db, "basic").build().revertTo(0);
    assertEquals("", Fixtures.catalog(db));
    Fixtures.migrator(db, "basic").build().run();

    assertTrue(before.contains("index CREATE INDEX users_email_idx"), before);
    assertTrue(before.contains("FOREIGN KEY (user_id) REFERENCES users(id)"), before);
    assertEquals(before, Fixtures.catalog(db));
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void revert_dryRun_listsDownStatementsAndChangesNothing() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationResult result = Fixtures.migrator(db, "basic").dryRun(true).build().revertTo(2);

    assertTrue(result.dryRun());
    assertEquals(List.of(10L, 3L), RunTest.versions(result.steps()));
    assertEquals(List.of("drop table orders"), result.steps().get(1).statements());
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void revert_nothingApplied_doesNothing() {
    MigrationResult result = Fixtures.migrator(db, "basic").build().revert();

    assertTrue(result.steps().isEmpty());
    assertEquals(0, result.schemaVersion());
  }

  @Test
  void revert_migrationMissingFromCode_refusesBeforeRevertingAnything() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                Fixtures.migrator(db, "basic-partial")
                    .failOnValidationError(false)
                    .build()
                    .revertTo(0));

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(e.getMessage().startsWith("Cannot revert migration 10 'IndexUsersEmail'"));
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }
}
