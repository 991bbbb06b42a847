package dev.keel.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** What a running {@link Migration} sees: a way to run statements, and the connection itself. */
public interface MigrationContext {

  /**
   * Runs one SQL statement. The runtime numbers statements in the order they run, so that an error
   * names the migration, the statement number, and PostgreSQL's message.
   */
  void execute(String sql) throws SQLException;

  /**
   * The connection the migration runs on, for data changes that need JDBC. The runtime owns its
   * transaction: do not commit, roll back or close it.
   */
  Connection connection();
}
