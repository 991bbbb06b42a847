package dev.keel.runtime.internal;

import dev.keel.runtime.Migration;
import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import dev.keel.runtime.MigrationResult.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs one migration's {@code up} or {@code down} and records it in the history: in one
 * transaction, or statement by statement in autocommit mode for a non-transactional migration.
 */
public final class Applier {

  private static final int MAX_STATEMENT_IN_MESSAGE = 500;

  private final HistoryTable history;

  /** An applier that records in {@code history}. */
  public Applier(HistoryTable history) {
    this.history = history;
  }

  /** Applies {@code migration} and inserts its history row. */
  public Step apply(Connection connection, IndexEntry entry, Migration migration) {
    return execute(connection, entry, migration, true);
  }

  /** Undoes {@code migration} and deletes its history row. */
  public Step revert(Connection connection, IndexEntry entry, Migration migration) {
    return execute(connection, entry, migration, false);
  }

  /** What {@code migration} would run, without running it. */
  public static Step dryRun(IndexEntry entry, Migration migration, boolean up) {
    StatementRunner runner = StatementRunner.recording();
    List<String> statements;
    try {
      if (up) {
        migration.up(runner);
      } else {
        migration.down(runner);
      }
      statements = runner.recorded();
    } catch (StatementRunner.JdbcInDryRun e) {
      statements = new java.util.ArrayList<>(runner.recorded());
      statements.add("-- then JDBC code through db.connection(), not shown in a dry run");
    } catch (Throwable e) {
      throw failure(
          entry, up, true, runner, fatalOrNot(e), "while recording its statements for a dry run");
    }
    return new Step(entry.version(), entry.name(), 0, migration.transactional(), statements);
  }

  private Step execute(Connection connection, IndexEntry entry, Migration migration, boolean up) {
    boolean transactional = migration.transactional();
    StatementRunner runner = StatementRunner.on(connection);
    String stage = "while starting its transaction";
    try {
      if (transactional) {
        connection.setAutoCommit(false);
      }
      stage = "in its Java code";
      long start = System.nanoTime();
      if (up) {
        migration.up(runner);
      } else {
        migration.down(runner);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      stage = "while recording it in " + history.displayName();
      if (up) {
        history.insert(connection, entry, transactional, millis);
      } else {
        history.delete(connection, entry.version());
      }
      if (transactional) {
        stage = "while committing";
        connection.commit();
      }
      return new Step(entry.version(), entry.name(), millis, transactional, List.of());
    } catch (Throwable e) {
      // any failure, an Error from the migration's code too: restoring autocommit below would
      // otherwise commit what the migration left open
      quietlyUndo(connection, transactional, runner);
      throw failure(entry, up, transactional, runner, fatalOrNot(e), stage);
    } finally {
      if (transactional) {
        Sql.quietlySetAutoCommit(connection, true);
      }
    }
  }

  /**
   * Rolls back what a failed migration left open: its transaction, or, outside one, an explicit
   * {@code begin … commit} block of its own, so the connection goes back without an aborted
   * transaction.
   */
  private static void quietlyUndo(
      Connection connection, boolean transactional, StatementRunner runner) {
    if (transactional) {
      Sql.quietlyRollback(connection);
    } else if (runner.openBlockStartedAt() > 0) {
      Sql.quietlyExecute(connection, "rollback");
    }
  }

  /**
   * {@code e}, unless it says the JVM itself is in trouble (out of memory, an internal error): such
   * an error is thrown on as it is. A {@link StackOverflowError} is the migration's own, and its
   * stack is unwound by now.
   */
  private static Throwable fatalOrNot(Throwable e) {
    if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
      throw (VirtualMachineError) e;
    }
    return e;
  }

  private static MigrationException failure(
      IndexEntry entry,
      boolean up,
      boolean transactional,
      StatementRunner runner,
      Throwable cause,
      String stage) {
    boolean inStatement = runner.failedInStatement();
    int number = inStatement ? runner.count() : 0;
    String statement = inStatement ? runner.current() : null;
    String sqlState = cause instanceof SQLException ? ((SQLException) cause).getSQLState() : null;
    String message =
        describe(entry, up, runner, cause, stage, sqlState)
            + "\n  "
            + consequence(entry, up, transactional, runner, inStatement);
    return new MigrationException(
        Reason.MIGRATION_FAILED,
        message,
        entry.version(),
        entry.name(),
        number,
        statement,
        sqlState,
        cause);
  }

  private static String describe(
      IndexEntry entry,
      boolean up,
      StatementRunner runner,
      Throwable cause,
      String stage,
      String sqlState) {
    StringBuilder m = new StringBuilder();
    m.append("Migration ").append(entry.version()).append(" '").append(entry.name());
    m.append("' (").append(entry.className()).append(up ? ".up" : ".down").append(") failed ");
    if (runner.failedInStatement()) {
      m.append("at statement ").append(runner.count()).append(": ");
      m.append(shorten(runner.current()));
    } else {
      m.append(stage).append(" after ").append(runner.count()).append(" statement(s)");
    }
    m.append("\n  ").append(cause instanceof SQLException ? "PostgreSQL: " : "Error: ");
    // an Error's class says more than its message (AssertionError, NoClassDefFoundError)
    m.append(
        cause.getMessage() == null || cause instanceof Error
            ? cause.toString()
            : cause.getMessage());
    if (sqlState != null) {
      m.append(" [SQLState ").append(sqlState).append(']');
    }
    return m.toString();
  }

  private static String consequence(
      IndexEntry entry,
      boolean up,
      boolean transactional,
      StatementRunner runner,
      boolean inStatement) {
    String before =
        up ? "Migrations before it stay applied." : "Migrations reverted before it stay reverted.";
    if (transactional) {
      return "Its transaction was rolled back, so nothing of migration "
          + entry.version()
          + " changed and its history row is as before. "
          + before
          + " Fix the migration (or the data it trips on) and run again.";
    }
    int block = runner.openBlockStartedAt();
    int committed = block > 0 ? block - 1 : inStatement ? runner.count() - 1 : runner.count();
    String rolledBack =
        block > 0
            ? "; its open begin … commit block (from statement " + block + ") was rolled back"
            : "";
    return "It runs outside a transaction (transactional() is false), so "
        + (committed == 0 ? "no statement" : "statements 1 to " + committed)
        + " of it committed and stay"
        + rolledBack
        + ", and its history row is as before. Undo those statements by"
        + " hand or make them safe to repeat (IF NOT EXISTS / IF EXISTS), then run again; a failed"
        + " CREATE INDEX CONCURRENTLY leaves an INVALID index that must be dropped first. "
        + before;
  }

  private static String shorten(String statement) {
    String flat = statement.strip();
    return flat.length() <= MAX_STATEMENT_IN_MESSAGE
        ? flat
        : flat.substring(0, MAX_STATEMENT_IN_MESSAGE) + "…";
  }
}
