package dev.keel.bench.migrate;

import dev.keel.runtime.internal.UrlDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server under test: {@code KEEL_BENCH_JDBC_URL} (a JDBC URL to an existing
 * database, used to create the benchmark's own), else 127.0.0.1:5432 as {@code PGUSER} (default
 * postgres) with {@code PGPASSWORD}.
 */
final class Server {

  final String adminUrl;
  final String user;
  final String password;

  private Server(String adminUrl, String user, String password) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
  }

  static Server fromEnvironment() {
    String url = System.getenv("KEEL_BENCH_JDBC_URL");
    String user = System.getenv().getOrDefault("PGUSER", "postgres");
    String password = System.getenv("PGPASSWORD");
    if (url == null || url.isBlank()) {
      url = "jdbc:postgresql://127.0.0.1:5432/postgres";
    }
    return new Server(url, user, password);
  }

  /** The URL of database {@code name} on this server. */
  String urlOf(String name) {
    int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = adminUrl.indexOf('?', slash);
    return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
  }

  /**
   * A new physical connection per call, as every contender gets it: no pool favours anyone. Keel's
   * own command-line data source does exactly this.
   */
  UrlDataSource dataSource(String database) {
    return new UrlDataSource(urlOf(database), user, password);
  }

  /** Drops (if there) and creates an empty database. */
  void recreate(String name) throws SQLException {
    drop(name);
    admin("create database " + name);
  }

  void drop(String name) throws SQLException {
    admin("drop database if exists " + name + " with (force)");
  }

  /** "PostgreSQL 15.x at host:port". */
  String describe() throws SQLException {
    try (Connection c = connect()) {
      DatabaseMetaData m = c.getMetaData();
      return m.getDatabaseProductName()
          + " "
          + m.getDatabaseProductVersion()
          + " ("
          + adminUrl.replaceAll("\\?.*", "")
          + ")";
    }
  }

  private void admin(String sql) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private Connection connect() throws SQLException {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(adminUrl, p);
  }
}
