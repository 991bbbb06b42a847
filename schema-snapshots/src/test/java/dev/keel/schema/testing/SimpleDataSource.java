package dev.keel.schema.testing;

import java.sql.Connection;
import java.sql.SQLException;

/** A DataSource that opens a new connection per call, for tests. */
final class SimpleDataSource extends TestDataSource {

  private final TestDatabase database;

  SimpleDataSource(TestDatabase database) {
    this.database = database;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return database.connect();
  }
}
