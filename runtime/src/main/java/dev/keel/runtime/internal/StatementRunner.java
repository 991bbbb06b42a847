package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link MigrationContext} a migration runs with: numbers its statements so that a failure
 * names the one that failed. In a dry run it records statements instead of running them.
 */
public final class StatementRunner implements MigrationContext {

  /** Thrown in a dry run when a migration asks for the connection. */
  static final class JdbcInDryRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JdbcInDryRun() {
      super("a dry run does not hand out the connection", null, false, false);
    }
  }

  private final Connection connection;
  private final boolean dryRun;
  private final List<String> recorded = new ArrayList<>();
  private int count;
  private String current;
  private boolean failedInStatement;
  private int openedBlockAt;

  private StatementRunner(Connection connection, boolean dryRun) {
    this.connection = connection;
    this.dryRun = dryRun;
  }

  /** Runs statements on {@code connection}. */
  public static StatementRunner on(Connection connection) {
    return new StatementRunner(connection, false);
  }

  /** Records statements and runs nothing. */
  public static StatementRunner recording() {
    return new StatementRunner(null, true);
  }

  @Override
  public void execute(String sql) throws SQLException {
    count++;
    current = sql;
    trackBlock(sql);
    if (dryRun) {
      recorded.add(sql);
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      failedInStatement = true;
      throw e;
    }
  }

  @Override
  public Connection connection() {
    if (dryRun) {
      throw new JdbcInDryRun();
    }
    return connection;
  }

  /**
   * Follows explicit {@code begin} … {@code commit} blocks, as online migrations write them outside
   * a transaction, so that a failure can say which statements committed.
   */
  private void trackBlock(String sql) {
    String word = firstWord(sql);
    if (word.equals("begin") || word.equals("start")) {
      openedBlockAt = count;
    } else if (word.equals("commit") || word.equals("end") || word.equals("rollback")) {
      openedBlockAt = 0;
    }
  }

  private static String firstWord(String sql) {
    String s = sql.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The number of the {@code begin} statement of an explicit block not yet committed, or 0 when no
   * such block is open.
   */
  public int openBlockStartedAt() {
    return openedBlockAt;
  }

  /** How many statements ran (or started). */
  public int count() {
    return count;
  }

  /** The last statement started, or null. */
  public String current() {
    return current;
  }

  /** Whether the failure being handled came from a statement run through {@link #execute}. */
  public boolean failedInStatement() {
    return failedInStatement;
  }

  /** In a dry run, the statements recorded. */
  public List<String> recorded() {
    return List.copyOf(recorded);
  }
}
