package dev.keel.schema.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the PostgreSQL server tests use, and makes a fresh database on it for each test.
 *
 * <p>Where the server comes from, first match wins: the environment variable {@code
 * KEEL_TEST_JDBC_URL} (a JDBC URL to any database of the server, with {@code user} and {@code
 * password} as URL parameters if needed); else PostgreSQL on {@code 127.0.0.1:5432} if it answers
 * (user {@code PGUSER} or {@code postgres}, password {@code PGPASSWORD}); else a Testcontainers
 * PostgreSQL where Docker is available; else the test fails with a message saying how to provide
 * one.
 */
public final class TestPostgres {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile Server server;

  private TestPostgres() {}

  /** Where the server is: a JDBC URL to an existing database, and credentials. */
  public record Server(String url, String user, String password) {

    /** The JDBC URL of database {@code name} on this server. */
    public String urlOf(String name) {
      int slash = url.indexOf('/', "jdbc:postgresql://".length());
      int query = url.indexOf('?', slash);
      return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    /** Opens a connection to database {@code name}. */
    public Connection connect(String name) throws SQLException {
      Properties props = new Properties();
      if (user != null) {
        props.setProperty("user", user);
      }
      if (password != null) {
        props.setProperty("password", password);
      }
      return DriverManager.getConnection(urlOf(name), props);
    }
  }

  /** The server, found once per JVM. */
  public static Server server() {
    Server s = server;
    if (s == null) {
      synchronized (TestPostgres.class) {
        s = server;
        if (s == null) {
          s = locate();
          server = s;
        }
      }
    }
    return s;
  }

  /**
   * Creates an empty database whose name starts with {@code keel_<label>_}; closing the returned
   * handle drops it.
   */
  public static TestDatabase createDatabase(String label) {
    String name =
        ("keel_"
                + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                + "_"
                + ProcessHandle.current().pid()
                + "_"
                + COUNTER.incrementAndGet())
            .replaceAll("_+", "_");
    if (name.length() > 60) {
      name = name.substring(name.length() - 60);
      name = "k" + name.substring(1);
    }
    Server s = server();
    try (Connection c = s.connect(adminDatabase(s));
        Statement st = c.createStatement()) {
      st.execute("drop database if exists " + name + " with (force)");
      st.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + ": " + e, e);
    }
    return new TestDatabase(s, name, adminDatabase(s));
  }

  private static String adminDatabase(Server s) {
    int slash = s.url().indexOf('/', "jdbc:postgresql://".length());
    int query = s.url().indexOf('?', slash);
    return s.url().substring(slash + 1, query < 0 ? s.url().length() : query);
  }

  private static Server locate() {
    String fromEnv = System.getenv("KEEL_TEST_JDBC_URL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Server(fromEnv.trim(), null, null);
    }
    String user = envOr("PGUSER", "postgres");
    String password = System.getenv("PGPASSWORD");
    Server local = new Server("jdbc:postgresql://127.0.0.1:5432/postgres", user, password);
    try (Connection c = local.connect("postgres")) {
      return local;
    } catch (SQLException e) {
      Server fromDocker = ContainerPostgres.startIfDockerAvailable();
      if (fromDocker != null) {
        return fromDocker;
      }
      throw new IllegalStateException(
          "No PostgreSQL for the tests: KEEL_TEST_JDBC_URL is not set, nothing answers on"
              + " 127.0.0.1:5432 as user '"
              + user
              + "' ("
              + e.getMessage()
              + "), and Docker is not available for Testcontainers. Start PostgreSQL locally, or"
              + " set KEEL_TEST_JDBC_URL=jdbc:postgresql://host:port/postgres?user=..&password=..");
    }
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
