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

class FailureTest {

  private TestDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("failure");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void run_failingStatement_rollsBackThatMigrationAndKeepsEarlierOnes() throws SQLException {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "failing").build().run());

    assertEquals(Reason.MIGRATION_FAILED, e.reason());
    assertEquals(2, e.version());
    assertEquals("Broken", e.migrationName().orElseThrow());
    assertEquals(2, e.statementNumber());
    assertEquals("alter table nope add column x int", e.statement().orElseThrow());
    assertEquals("42P01", e.sqlState().orElseThrow());
    assertTrue(e.getMessage().contains("Migration 2 'Broken'"), e.getMessage());
    assertTrue(e.getMessage().contains("at statement 2: alter table nope"), e.getMessage());
    assertTrue(e.getMessage().contains("relation \"nope\" does not exist"), e.getMessage());
    assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
    // statement 1 of the failed migration is gone with its transaction; migration 1 stays
    assertFalse(Fixtures.exists(db, "broken_a"));
    assertTrue(Fixtures.exists(db, "users"));
    assertEquals(List.of(1L), Fixtures.history(db));
    // and the migration after it never ran
    assertFalse(Fixtures.exists(db, "orders"));
  }

  @Test
  void run_failingNonTransactionalMigration_saysWhatStayedCommitted() throws SQLException {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "failing-nontx").build().run());

    assertEquals(2, e.statementNumber());
    assertTrue(e.getMessage().contains("statements 1 to 1 of it committed"), e.getMessage());
    assertTrue(e.getMessage().contains("INVALID index"), e.getMessage());
    // the first index was committed on its own, and no history row says so
    assertTrue(Fixtures.exists(db, "users_email_idx"));
    assertEquals(List.of(1L), Fixtures.history(db));
  }

  @Test
  void run_failureInsideAnExplicitBlock_rollsBackTheBlockAndSaysSo() throws SQLException {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "failing-block").build().run());

    assertEquals(5, e.statementNumber());
    assertTrue(e.getMessage().contains("statements 1 to 1 of it committed"), e.getMessage());
    assertTrue(
        e.getMessage().contains("open begin … commit block (from statement 2) was rolled back"),
        e.getMessage());
    assertTrue(Fixtures.exists(db, "block_before"));
    assertFalse(Fixtures.exists(db, "block_inside"));
    assertEquals(List.of(1L), Fixtures.history(db));
  }

  @Test
  void run_errorInMigrationCode_rollsBackThatMigrationAndNamesIt() throws SQLException {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "error-in-java").build().run());

    assertEquals(Reason.MIGRATION_FAILED, e.reason());
    assertEquals(2, e.version());
    assertEquals(0, e.statementNumber());
    assertTrue(e.getCause() instanceof AssertionError, String.valueOf(e.getCause()));
    assertTrue(
        e.getMessage().contains("failed in its Java code after 1 statement(s)"), e.getMessage());
    assertTrue(
        e.getMessage().contains("Error: java.lang.AssertionError: a check in the migration's code"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Its transaction was rolled back"), e.getMessage());
    // the statement before the Error went with the transaction, and no history row says otherwise
    assertFalse(Fixtures.exists(db, "err_a"));
    assertEquals(List.of(1L), Fixtures.history(db));
  }

  @Test
  void run_errorInsideAnExplicitBlock_rollsBackTheBlock() throws SQLException {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "error-in-block").build().run());

    assertEquals(Reason.MIGRATION_FAILED, e.reason());
    assertTrue(
        e.getMessage().contains("open begin … commit block (from statement 2) was rolled back"),
        e.getMessage());
    assertTrue(Fixtures.exists(db, "err_before"));
    assertFalse(Fixtures.exists(db, "err_inside"));
    assertEquals(List.of(1L), Fixtures.history(db));
  }

  @Test
  void run_laterClassMissing_appliesNothing() throws SQLException {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "ghost-3").build().run());

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertEquals(3, e.version());
    assertTrue(e.getMessage().contains("dev.keel.runtime.fixtures.V0003__Ghost"), e.getMessage());
    assertTrue(e.getMessage().endsWith("Nothing was applied."), e.getMessage());
    // 1 and 2 could have run: they did not, and not even the history table was created
    assertFalse(Fixtures.exists(db, "users"));
    assertFalse(Fixtures.exists(db, "keel_schema_history"));
  }

  @Test
  void revert_classMissing_revertsNothing() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "ghost-3").build().revertTo(0));

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(e.getMessage().endsWith("Nothing was reverted."), e.getMessage());
    // 10, the first to revert, loads fine: it is still applied
    assertTrue(Fixtures.exists(db, "users_email_idx"));
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void run_foreignTableUnderTheHistoryTableName_namesTheTableAndTheFix() throws SQLException {
    db.execute("create table keel_schema_history (id int primary key, note text)");

    MigrationException run =
        assertThrows(MigrationException.class, () -> Fixtures.migrator(db, "basic").build().run());
    MigrationException status =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic").build().status());

    assertEquals(Reason.CONFIGURATION, run.reason());
    assertTrue(
        run.getMessage()
            .startsWith("Table \"keel_schema_history\" exists but is not a Keel history table"),
        run.getMessage());
    assertTrue(run.getMessage().contains(".historyTable(\"...\"), or --table"), run.getMessage());
    assertEquals(Reason.CONFIGURATION, status.reason());
    assertFalse(Fixtures.exists(db, "users"));
  }

  @Test
  void run_dataSourceThrowsUnchecked_failsWithDatabaseReason() {
    IllegalStateException closed = new IllegalStateException("the pool is closed");
    javax.sql.DataSource broken =
        new dev.keel.schema.testing.TestDataSource() {
          @Override
          public java.sql.Connection getConnection() {
            throw closed;
          }
        };

    MigrationException e = assertThrows(MigrationException.class, () -> Migrator.run(broken));

    assertEquals(Reason.DATABASE, e.reason());
    assertEquals(closed, e.getCause());
    assertTrue(e.getMessage().contains("the pool is closed"), e.getMessage());
  }

  @Test
  void run_classMissingFromClassPath_failsNamingTheClass() {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "bad-class").build().run());

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(e.getMessage().contains("dev.keel.runtime.fixtures.V0001__Ghost"), e.getMessage());
  }

  @Test
  void run_duplicateVersionAcrossIndexes_isRefused() {
    ClassLoader twoIndexes =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected java.util.Enumeration<java.net.URL> findResources(String name) {
            java.net.URL url = getParent().getResource(Fixtures.index("basic"));
            return java.util.Collections.enumeration(List.of(url, url));
          }
        };
    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                Migrator.builder(db.dataSource())
                    .classLoader(twoIndexes)
                    .indexResource("only-in-this-loader.index")
                    .build()
                    .run());

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(e.getMessage().startsWith("Version 1 is listed twice"), e.getMessage());
  }

  @Test
  void run_unreachableDatabase_failsWithDatabaseReason() {
    javax.sql.DataSource nowhere =
        new dev.keel.runtime.internal.UrlDataSource(
            "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "postgres", null);

    MigrationException e = assertThrows(MigrationException.class, () -> Migrator.run(nowhere));

    assertEquals(Reason.DATABASE, e.reason());
    assertTrue(e.getMessage().startsWith("Cannot run migrations:"), e.getMessage());
  }
}
