package dev.keel.bench.online;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server to measure on: {@code KEEL_BENCH_JDBC_URL} (a JDBC URL to an existing
 * database, from which the benchmark creates its own), else 127.0.0.1:5432; user {@code PGUSER}
 * (default {@code postgres}), password {@code PGPASSWORD}.
 *
 * @param adminUrl the JDBC URL of an existing database
 * @param user the user, or null when the URL carries it
 * @param password the password, or null
 */
record Server(String adminUrl, String user, String password) {

  static Server fromEnvironment() {
    String url = System.getenv("KEEL_BENCH_JDBC_URL");
    if (url == null || url.isBlank()) {
      url = "jdbc:postgresql://127.0.0.1:5432/postgres";
    }
    return new Server(
        url, System.getenv().getOrDefault("PGUSER", "postgres"), System.getenv("PGPASSWORD"));
  }

  /** A new connection to database {@code name}, in autocommit mode. */
  Connection connect(String name) throws SQLException {
    int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = adminUrl.indexOf('?', slash);
    String url =
        adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    Properties props = new Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    return DriverManager.getConnection(url, props);
  }

  /** Drops database {@code name} if it exists (closing its sessions) and creates it empty. */
  void recreate(String name) throws SQLException {
    drop(name);
    admin("create database " + name);
  }

  /** Drops database {@code name} if it exists. */
  void drop(String name) throws SQLException {
    admin("drop database if exists " + name + " with (force)");
  }

  /** The server's version, e.g. {@code 15.18}. */
  String version() throws SQLException {
    try (Connection c = connect(adminDatabase())) {
      return c.getMetaData().getDatabaseProductVersion();
    }
  }

  private void admin(String sql) throws SQLException {
    try (Connection c = connect(adminDatabase());
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private String adminDatabase() {
    int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = adminUrl.indexOf('?', slash);
    return adminUrl.substring(slash + 1, query < 0 ? adminUrl.length() : query);
  }
}
