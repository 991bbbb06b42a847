package dev.keel.runtime;

import java.util.Optional;

/**
 * Why a Keel operation stopped. For a failed migration it names the migration (version and name),
 * the number of the statement that failed (counted from 1 within {@code up} or {@code down}), the
 * statement, and PostgreSQL's SQLState; the message says all of that and what to do next.
 */
public final class MigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this is; the command line maps it to an exit code. */
  public enum Reason {
    /** A migration's statement (or its Java code) failed; its transaction was rolled back. */
    MIGRATION_FAILED,
    /** The history does not match the code (changed, missing or out-of-order migrations). */
    VALIDATION_FAILED,
    /** Another run held the migration lock for longer than the configured lock timeout. */
    LOCK_TIMEOUT,
    /** {@code pg_dump}, {@code pg_restore} or {@code psql} is missing or failed. */
    BACKUP_FAILED,
    /** The migration index or a migration class is unusable, or an argument is out of range. */
    CONFIGURATION,
    /** The database refused something Keel itself asked (connection, history table, lock). */
    DATABASE
  }

  private final Reason reason;
  private final long version;
  private final String migrationName;
  private final int statementNumber;
  private final String statement;
  private final String sqlState;

  /** A failure that concerns no single migration. */
  public MigrationException(Reason reason, String message, Throwable cause) {
    this(reason, message, 0, null, 0, null, sqlStateOf(cause), cause);
  }

  /**
   * A failure of one migration.
   *
   * @param version the migration's version
   * @param migrationName the migration's name
   * @param statementNumber the failed statement's number, or 0 when the failure was not in a
   *     statement run through {@link MigrationContext#execute}
   * @param statement the failed statement, or null
   * @param sqlState PostgreSQL's SQLState, or null
   */
  public MigrationException(
      Reason reason,
      String message,
      long version,
      String migrationName,
      int statementNumber,
      String statement,
      String sqlState,
      Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.version = version;
    this.migrationName = migrationName;
    this.statementNumber = statementNumber;
    this.statement = statement;
    this.sqlState = sqlState;
  }

  /** What kind of failure this is. */
  public Reason reason() {
    return reason;
  }

  /** The version of the migration concerned, or 0 when the failure concerns no single one. */
  public long version() {
    return version;
  }

  /** The name of the migration concerned. */
  public Optional<String> migrationName() {
    return Optional.ofNullable(migrationName);
  }

  /** The number of the failed statement within the migration (from 1), or 0 if none. */
  public int statementNumber() {
    return statementNumber;
  }

  /** The failed statement. */
  public Optional<String> statement() {
    return Optional.ofNullable(statement);
  }

  /** PostgreSQL's SQLState for the failure, such as {@code 42P07}. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }

  private static String sqlStateOf(Throwable cause) {
    return cause instanceof java.sql.SQLException
        ? ((java.sql.SQLException) cause).getSQLState()
        : null;
  }
}
