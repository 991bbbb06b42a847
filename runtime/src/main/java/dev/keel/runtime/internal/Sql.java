package dev.keel.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Small JDBC helpers: identifier quoting, and the clean-up steps that must not mask a failure. */
public final class Sql {

  private Sql() {}

  /** {@code name} as a quoted PostgreSQL identifier. */
  public static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Rolls back, ignoring a failure: used while another failure is already on its way. */
  public static void quietlyRollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException ignored) {
      // the first failure is the one to report; a broken connection is discarded on close
    }
  }

  /** Runs one statement, ignoring a failure: used while another failure is on its way. */
  public static void quietlyExecute(Connection connection, String sql) {
    try (java.sql.Statement st = connection.createStatement()) {
      st.execute(sql);
    } catch (SQLException | RuntimeException ignored) {
      // the first failure is the one to report; a broken connection is discarded on close
    }
  }

  /** Restores autocommit mode, ignoring a failure (the connection is then discarded on close). */
  public static void quietlySetAutoCommit(Connection connection, boolean autoCommit) {
    try {
      if (connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException | RuntimeException ignored) {
      // reported through the next use of the connection, if any
    }
  }

  /**
   * Ends the physical connection even when it comes from a pool, ignoring a failure: used when its
   * session state (such as a held advisory lock) could not be restored.
   */
  public static void quietlyAbort(Connection connection) {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException | RuntimeException ignored) {
      // nothing more can be done for a connection that cannot even be aborted
    }
  }

  /** Closes, ignoring a failure. */
  public static void quietlyClose(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // nothing depends on it: the caller is already reporting a failure or is done
    }
  }
}
