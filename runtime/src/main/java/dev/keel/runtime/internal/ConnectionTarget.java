package dev.keel.runtime.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the PostgreSQL client tools must connect: host, port, database and user, taken from a JDBC
 * URL and the connection's metadata, and the password and SSL mode if the URL carries them.
 *
 * @param password the URL's {@code password} parameter, or null
 * @param sslMode the URL's {@code sslmode} parameter, or null
 */
public record ConnectionTarget(
    String host, int port, String database, String user, String password, String sslMode) {

  /** The target of an open connection; asks the server for its database name (one query). */
  public static ConnectionTarget of(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String database;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("select current_database()")) {
      rs.next();
      database = rs.getString(1);
    }
    ConnectionTarget fromUrl = parse(meta.getURL());
    String user = meta.getUserName() != null ? meta.getUserName() : fromUrl.user();
    return new ConnectionTarget(
        fromUrl.host(), fromUrl.port(), database, user, fromUrl.password(), fromUrl.sslMode());
  }

  /**
   * Parses {@code jdbc:postgresql://host[:port][,host2...]/database?param=value&...}; the first
   * host is used; defaults are {@code localhost}, 5432, and the user's name for the database.
   */
  public static ConnectionTarget parse(String url) {
    String prefix = "jdbc:postgresql:";
    if (url == null || !url.startsWith(prefix)) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
    }
    String rest = url.substring(prefix.length());
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String host = "localhost";
    int port = 5432;
    String database = rest;
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      String hosts = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      database = slash < 0 ? "" : rest.substring(slash + 1);
      String first = hosts.split(",", -1)[0];
      int colon = first.lastIndexOf(':');
      if (colon > first.lastIndexOf(']')) {
        port = Integer.parseInt(first.substring(colon + 1));
        first = first.substring(0, colon);
      }
      if (first.startsWith("[") && first.endsWith("]")) {
        first = first.substring(1, first.length() - 1);
      }
      host = first.isEmpty() ? host : first;
    } else if (database.startsWith("/")) {
      database = database.substring(1);
    }
    return new ConnectionTarget(
        host,
        port,
        decode(database),
        param(query, "user"),
        param(query, "password"),
        param(query, "sslmode"));
  }

  private static String param(String query, String name) {
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    // never the password
    return "ConnectionTarget[" + user + "@" + host + ":" + port + "/" + database + "]";
  }
}
