package com.example.app;

import dev.keel.runtime.MigrationResult;
import dev.keel.runtime.MigrationStatus;
import dev.keel.runtime.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The example application's entry point: brings the database schema up to date with {@link
 * Migrator#run(DataSource)} before anything else touches it, then prints the migration status.
 *
 * <p>The connection comes from {@code DB_HOST}, {@code DB_PORT}, {@code DB_USER}, {@code DB_PASS}
 * and {@code DB_NAME} (defaults: localhost, 5432, postgres, no password, keel_example).
 */
public final class App {

  private App() {}

  /** Migrates the database, then prints what was done and the status of every migration. */
  public static void main(String[] args) throws SQLException {
    run(System.getenv());
  }

  /** Does what {@link #main} does, with the connection settings from {@code env}. */
  static List<MigrationStatus> run(Map<String, String> env) throws SQLException {
    String host = env.getOrDefault("DB_HOST", "localhost");
    String port = env.getOrDefault("DB_PORT", "5432");
    String user = env.getOrDefault("DB_USER", "postgres");
    String password = env.getOrDefault("DB_PASS", "");
    String database = env.getOrDefault("DB_NAME", "keel_example");
    createDatabaseIfMissing(host, port, user, password, database);

    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {host});
    dataSource.setPortNumbers(new int[] {Integer.parseInt(port)});
    dataSource.setUser(user);
    dataSource.setPassword(password);
    dataSource.setDatabaseName(database);

    MigrationResult result = Migrator.run(dataSource);
    System.out.println(result);
    List<MigrationStatus> statuses = Migrator.status(dataSource);
    for (MigrationStatus status : statuses) {
      System.out.println(status);
    }
    return statuses;
  }

  /** A convenience of this example, so that its one command works on a fresh machine. */
  private static void createDatabaseIfMissing(
      String host, String port, String user, String password, String database) throws SQLException {
    String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
        if (rs.next()) {
          return;
        }
      }
      st.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
    }
  }
}
