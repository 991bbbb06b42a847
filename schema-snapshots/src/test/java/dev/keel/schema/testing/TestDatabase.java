package dev.keel.schema.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A database made for one test; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {

  private final TestPostgres.Server server;
  private final String name;
  private final String adminDatabase;

  TestDatabase(TestPostgres.Server server, String name, String adminDatabase) {
    this.server = server;
    this.name = name;
    this.adminDatabase = adminDatabase;
  }

  /** The database name. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this database (credentials, if any, separately: {@link #user()}). */
  public String url() {
    return server.urlOf(name);
  }

  /** The user to connect as, or null when the URL carries it. */
  public String user() {
    return server.user();
  }

  /** The password, or null. */
  public String password() {
    return server.password();
  }

  /** A new connection to this database, in autocommit mode. */
  public Connection connect() throws SQLException {
    return server.connect(name);
  }

  /** A {@link javax.sql.DataSource} over this database. */
  public javax.sql.DataSource dataSource() {
    return new SimpleDataSource(this);
  }

  /** Runs statements in autocommit mode. */
  public void execute(String... sql) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  @Override
  public void close() {
    try (Connection c = server.connect(adminDatabase);
        Statement st = c.createStatement()) {
      st.execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test database " + name + ": " + e, e);
    }
  }
}
