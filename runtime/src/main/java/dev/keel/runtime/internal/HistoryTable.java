package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history table: which migrations ran, when, by whom, how long, with which checksum. One row
 * per applied migration (or one baseline row), keyed by version.
 */
public final class HistoryTable {

  /** PostgreSQL's SQLState for "relation does not exist". */
  private static final String UNDEFINED_TABLE = "42P01";

  /** PostgreSQL's SQLState for "column does not exist". */
  private static final String UNDEFINED_COLUMN = "42703";

  private static final String KIND_MIGRATION = "migration";
  private static final String KIND_BASELINE = "baseline";

  private final String schema;
  private final String table;
  private final String qualified;

  /**
   * @param schema the schema, or null for the connection's current schema
   * @param table the table name
   */
  public HistoryTable(String schema, String table) {
    this.schema = schema;
    this.table = table;
    this.qualified = schema == null ? Sql.quote(table) : Sql.quote(schema) + "." + Sql.quote(table);
  }

  /** The table's name as written in SQL. */
  public String qualifiedName() {
    return qualified;
  }

  /**
   * The table's name as written in SQL, with its schema: the configured one, else the connection's
   * current schema (one query), so that it is the same whether the schema is named or not.
   */
  public String resolvedName(Connection connection) throws SQLException {
    if (schema != null) {
      return qualified;
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("select current_schema()")) {
      String current = rs.next() ? rs.getString(1) : null;
      // no schema on the search path exists: the table cannot be created, any name will do
      return current == null ? qualified : Sql.quote(current) + "." + qualified;
    }
  }

  /** The name to show in messages, unquoted. */
  public String displayName() {
    return schema == null ? table : schema + "." + table;
  }

  /**
   * Every row, by version; empty when the table does not exist yet. One query. The connection must
   * be in autocommit mode, so that a missing table aborts no transaction.
   *
   * @param full whether to read when, by whom, how long and how each ran; without it (what planning
   *     a run needs) those fields are 0, empty or false
   */
  public Optional<List<AppliedMigration>> read(Connection connection, boolean full)
      throws SQLException {
    String sql =
        full
            ? "select version, name, checksum, kind, transactional,"
                + " (extract(epoch from applied_at) * 1000)::bigint, applied_by, execution_ms from "
                + qualified
                + " order by version"
            : "select version, name, checksum, kind from " + qualified + " order by version";
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<AppliedMigration> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(full ? fullRow(rs) : plannedRow(rs));
      }
      return Optional.of(rows);
    } catch (SQLException e) {
      if (UNDEFINED_TABLE.equals(e.getSQLState())) {
        return Optional.empty();
      }
      if (UNDEFINED_COLUMN.equals(e.getSQLState())) {
        throw notKeels(e);
      }
      throw e;
    }
  }

  private MigrationException notKeels(SQLException e) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "Table "
            + qualified
            + " exists but is not a Keel history table (PostgreSQL: "
            + e.getMessage()
            + "). If another tool owns it, keep Keel's history in a table of its own:"
            + " Migrator.builder(...).historyTable(\"...\"), or --table on the command line.",
        e);
  }

  private static AppliedMigration fullRow(ResultSet rs) throws SQLException {
    return new AppliedMigration(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        KIND_BASELINE.equals(rs.getString(4)),
        rs.getBoolean(5),
        rs.getLong(6),
        rs.getString(7),
        rs.getLong(8));
  }

  private static AppliedMigration plannedRow(ResultSet rs) throws SQLException {
    return new AppliedMigration(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        KIND_BASELINE.equals(rs.getString(4)),
        false,
        0,
        "",
        0);
  }

  /** Creates the schema (if one is configured) and the table, unless they exist. */
  public void createIfMissing(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      if (schema != null) {
        st.execute("create schema if not exists " + Sql.quote(schema));
      }
      st.execute(
          "create table if not exists "
              + qualified
              + " (version bigint primary key,"
              + " name text not null,"
              + " checksum text not null,"
              + " kind text not null default 'migration' check (kind in ('migration', 'baseline')),"
              + " transactional boolean not null,"
              + " applied_at timestamptz not null default now(),"
              + " applied_by text not null default current_user,"
              + " execution_ms bigint not null)");
    }
  }

  /** Records an applied migration, in the connection's current transaction if any. */
  public void insert(
      Connection connection, IndexEntry entry, boolean transactional, long executionMillis)
      throws SQLException {
    insert(
        connection,
        entry.version(),
        entry.name(),
        entry.checksum(),
        KIND_MIGRATION,
        transactional,
        executionMillis);
  }

  /** Records a baseline at {@code version}. */
  public void insertBaseline(Connection connection, long version) throws SQLException {
    insert(connection, version, "<< baseline >>", "", KIND_BASELINE, true, 0);
  }

  /** Removes the row of {@code version}; fails unless exactly one row went. */
  public void delete(Connection connection, long version) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("delete from " + qualified + " where version = ?")) {
      ps.setLong(1, version);
      int count = ps.executeUpdate();
      if (count != 1) {
        throw new SQLException(
            "expected one history row for version " + version + ", found " + count);
      }
    }
  }

  private void insert(
      Connection connection,
      long version,
      String name,
      String checksum,
      String kind,
      boolean transactional,
      long executionMillis)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into "
                + qualified
                + " (version, name, checksum, kind, transactional, execution_ms)"
                + " values (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, version);
      ps.setString(2, name);
      ps.setString(3, checksum);
      ps.setString(4, kind);
      ps.setBoolean(5, transactional);
      ps.setLong(6, executionMillis);
      ps.executeUpdate();
    }
  }
}
