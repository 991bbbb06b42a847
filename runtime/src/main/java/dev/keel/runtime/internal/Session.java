package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A connection Keel borrows from the application's {@link DataSource}, in autocommit mode, whose
 * session settings are put back as they were when it is closed (it may go back to a pool).
 *
 * <p>{@link #prepare} turns on {@code client_connection_check_interval} (PostgreSQL 14 and later)
 * so that if this process dies in the middle of a long statement, the server notices within a
 * second, ends the statement, rolls back, and releases the locks; without it the backend runs the
 * statement to its end first. It also puts the configured schema first on the {@code search_path}.
 */
public final class Session implements AutoCloseable {

  /** How often the server checks that the client is still there while a statement runs. */
  static final String CONNECTION_CHECK_INTERVAL = "1s";

  private final Connection connection;
  private final boolean originalAutoCommit;
  private String originalSearchPath;
  private String originalCheckInterval;

  private Session(Connection connection, boolean originalAutoCommit) {
    this.connection = connection;
    this.originalAutoCommit = originalAutoCommit;
  }

  /** Borrows a connection and puts it in autocommit mode. */
  public static Session open(DataSource dataSource) throws SQLException {
    Connection connection = borrow(dataSource);
    try {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      return new Session(connection, autoCommit);
    } catch (SQLException | RuntimeException e) {
      Sql.quietlyClose(connection);
      throw e;
    }
  }

  /**
   * A connection from {@code dataSource}. A pool may fail with an unchecked exception (closed,
   * misconfigured) or hand out null; both become a {@link Reason#DATABASE} failure.
   */
  private static Connection borrow(DataSource dataSource) throws SQLException {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (RuntimeException e) {
      throw new MigrationException(
          Reason.DATABASE,
          "Cannot get a connection from the DataSource ("
              + dataSource.getClass().getName()
              + "): "
              + e,
          e);
    }
    if (connection == null) {
      throw new MigrationException(
          Reason.DATABASE,
          "The DataSource (" + dataSource.getClass().getName() + ") handed out no connection.",
          null);
    }
    return connection;
  }

  /** The connection. Leave it in autocommit mode between uses. */
  public Connection connection() {
    return connection;
  }

  /**
   * Makes the session ready for changes: connection check on where the server has it, and {@code
   * schema} (if not null) first on the search path. Two queries.
   */
  public void prepare(String schema) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select current_setting('search_path'),"
                    + " current_setting('client_connection_check_interval', true)")) {
      rs.next();
      originalSearchPath = rs.getString(1);
      originalCheckInterval = rs.getString(2);
    }
    String searchPath =
        schema == null ? originalSearchPath : Sql.quote(schema) + ", " + originalSearchPath;
    String checkInterval = originalCheckInterval == null ? null : CONNECTION_CHECK_INTERVAL;
    setSettings(searchPath, checkInterval);
  }

  /** Puts back what {@link #prepare} and {@link #open} changed, then returns the connection. */
  @Override
  public void close() {
    try {
      if (originalSearchPath != null) {
        setSettings(originalSearchPath, originalCheckInterval);
      }
      if (connection.getAutoCommit() != originalAutoCommit) {
        connection.setAutoCommit(originalAutoCommit);
      }
    } catch (SQLException | RuntimeException e) {
      // a pooled connection whose state cannot be restored must not be reused
      Sql.quietlyAbort(connection);
    } finally {
      Sql.quietlyClose(connection);
    }
  }

  private void setSettings(String searchPath, String checkInterval) throws SQLException {
    String sql =
        checkInterval == null
            ? "select set_config('search_path', ?, false)"
            : "select set_config('search_path', ?, false),"
                + " set_config('client_connection_check_interval', ?, false)";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, searchPath);
      if (checkInterval != null) {
        ps.setString(2, checkInterval);
      }
      ps.executeQuery().close();
    }
  }
}
