package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationException.Reason;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private TestDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("validation");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void status_emptyDatabase_listsAllPending() {
    List<MigrationStatus> status = Fixtures.migrator(db, "basic").build().status();

    assertEquals(List.of("1 PENDING", "2 PENDING", "3 PENDING", "10 PENDING"), states(status));
    assertFalse(status.get(0).applied().isPresent());
  }

  @Test
  void status_afterPartialRun_showsWhenByWhomHowLong() {
    Instant before = Instant.now().minusSeconds(5);
    Fixtures.migrator(db, "basic").target(2).build().run();

    List<MigrationStatus> status = Fixtures.migrator(db, "basic").build().status();

    assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 PENDING", "10 PENDING"), states(status));
    MigrationStatus.Applied applied = status.get(0).applied().orElseThrow();
    assertTrue(applied.at().isAfter(before), applied.at().toString());
    assertTrue(applied.at().isBefore(Instant.now().plus(Duration.ofSeconds(5))));
    assertEquals("postgres", applied.by());
    assertTrue(applied.executionMillis() >= 0);
    assertEquals("0000000000000001", applied.checksum());
  }

  @Test
  void run_checksumChanged_stopsBeforeApplyingAnythingWithTheFix() throws SQLException {
    Fixtures.migrator(db, "basic").target(2).build().run();

    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic-changed").build().run());

    assertEquals(Reason.VALIDATION_FAILED, e.reason());
    assertTrue(e.getMessage().contains("nothing was applied"), e.getMessage());
    assertTrue(e.getMessage().contains("Migration 2 'AddNameToUsers' was changed"), e.getMessage());
    assertTrue(
        e.getMessage().contains("set checksum = '00000000000000ff' where version = 2"),
        e.getMessage());
    assertEquals(List.of(1L, 2L), Fixtures.history(db));
    assertFalse(Fixtures.exists(db, "orders"));
    assertEquals(
        List.of("1 APPLIED", "2 CHANGED", "3 PENDING", "10 PENDING"),
        states(Fixtures.migrator(db, "basic-changed").build().status()));
  }

  @Test
  void run_appliedMigrationMissingFromCode_stopsWithTheFix() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    List<String> problems = Fixtures.migrator(db, "basic-partial").build().validate();
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic-partial").build().run());

    assertEquals(2, problems.size());
    assertTrue(problems.get(0).startsWith("Migration 3 'CreateOrders' is recorded in"));
    assertTrue(problems.get(0).endsWith("delete from \"keel_schema_history\" where version = 3;"));
    assertEquals(Reason.VALIDATION_FAILED, e.reason());
    assertEquals(
        List.of("1 APPLIED", "2 APPLIED", "3 MISSING", "10 MISSING"),
        states(Fixtures.migrator(db, "basic-partial").build().status()));
  }

  @Test
  void run_appliedMigrationMissingWithOnePending_appliesNothing() throws SQLException {
    Fixtures.migrator(db, "basic").target(3).build().run();

    // the code has 1, 2 and 10: 3 is gone from it, 10 is pending
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic-without-3").build().run());

    assertEquals(Reason.VALIDATION_FAILED, e.reason());
    assertTrue(e.getMessage().startsWith("Validation failed, nothing was applied"));
    assertTrue(e.getMessage().contains("Migration 3 'CreateOrders' is recorded in"));
    assertFalse(Fixtures.exists(db, "users_email_idx"));
    assertEquals(List.of(1L, 2L, 3L), Fixtures.history(db));
  }

  @Test
  void revert_checksumChanged_stopsBeforeRevertingAnything() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationException e =
        assertThrows(
            MigrationException.class,
            () -> Fixtures.migrator(db, "basic-changed").build().revertTo(0));

    assertEquals(Reason.VALIDATION_FAILED, e.reason());
    assertTrue(e.getMessage().startsWith("Validation failed, nothing was reverted"));
    assertTrue(e.getMessage().contains("Migration 2 'AddNameToUsers' was changed"));
    assertTrue(Fixtures.exists(db, "users_email_idx"));
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void run_validationNotFatal_warnsAndApplies() throws SQLException {
    Fixtures.migrator(db, "basic").target(2).build().run();

    MigrationResult result =
        Fixtures.migrator(db, "basic-changed").failOnValidationError(false).build().run();

    assertEquals(List.of(3L, 10L), RunTest.versions(result.steps()));
    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0).contains("'AddNameToUsers' was changed"));
  }

  @Test
  void run_outOfOrderPending_stopsUnlessAllowed() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    assertEquals(
        List.of("1 APPLIED", "2 APPLIED", "3 APPLIED", "5 OUT_OF_ORDER", "10 APPLIED"),
        states(Fixtures.migrator(db, "basic-extra").build().status()));
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic-extra").build().run());
    assertTrue(e.getMessage().contains("Migration 5 'CreateTags' is pending but version 10"));
    assertFalse(Fixtures.exists(db, "tags"));

    MigrationResult result = Fixtures.migrator(db, "basic-extra").outOfOrder(true).build().run();

    assertEquals(List.of(5L), RunTest.versions(result.steps()));
    assertTrue(Fixtures.exists(db, "tags"));
    assertTrue(Fixtures.migrator(db, "basic-extra").build().validate().isEmpty());
  }

  @Test
  void run_outOfOrderWithValidationNotFatal_skipsIt() throws SQLException {
    Fixtures.migrator(db, "basic").build().run();

    MigrationResult result =
        Fixtures.migrator(db, "basic-extra").failOnValidationError(false).build().run();

    assertTrue(result.steps().isEmpty());
    assertEquals(1, result.warnings().size());
    assertFalse(Fixtures.exists(db, "tags"));
  }

  @Test
  void validate_cleanHistory_isEmpty() {
    Fixtures.migrator(db, "basic").build().run();

    assertTrue(Fixtures.migrator(db, "basic").build().validate().isEmpty());
  }

  static List<String> states(List<MigrationStatus> statuses) {
    List<String> out = new ArrayList<>();
    for (MigrationStatus s : statuses) {
      out.add(s.version() + " " + s.state());
    }
    return out;
  }
}
