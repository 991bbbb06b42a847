package dev.keel.schema.testing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a database's catalog into a {@link Catalog}: for the given PostgreSQL schemas, the tables
 * (except Keel's history table {@value #HISTORY_TABLE}) with their columns ({@code format_type},
 * nullability, {@code pg_get_expr} default, identity), constraints ({@code pg_get_constraintdef}),
 * indexes that back no constraint ({@code pg_get_indexdef} without the schema name), and the
 * sequences that no identity column owns (name, start, increment).
 */
public final class CatalogReader {

  /** Keel's history table, left out of every catalog. */
  public static final String HISTORY_TABLE = "keel_schema_history";

  private static final String TABLES =
      " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
          + " where c.relkind in ('r', 'p') and n.nspname::text = any(?)"
          + " and c.relname <> '"
          + HISTORY_TABLE
          + "'";

  private CatalogReader() {}

  /** The catalog of the {@code public} schema. */
  public static Catalog read(Connection connection) throws SQLException {
    return read(connection, List.of("public"));
  }

  /** The catalog of {@code schemas} (stored names, e.g. {@code public}, {@code app}). */
  public static Catalog read(Connection connection, List<String> schemas) throws SQLException {
    Array names = connection.createArrayOf("text", schemas.toArray());
    Map<String, List<Catalog.Column>> columns = columns(connection, names);
    Map<String, List<Catalog.Constraint>> constraints = constraints(connection, names);
    Map<String, List<Catalog.Index>> indexes = indexes(connection, names);
    List<Catalog.Table> tables = new ArrayList<>();
    for (String[] table : query(connection, "select n.nspname, c.relname" + TABLES, names, 2)) {
      String key = table[0] + "." + table[1];
      tables.add(
          new Catalog.Table(
              table[0],
              table[1],
              columns.getOrDefault(key, List.of()),
              constraints.getOrDefault(key, List.of()),
              indexes.getOrDefault(key, List.of())));
    }
    List<String> existing = new ArrayList<>();
    String schemaQuery = "select nspname from pg_namespace where nspname::text = any(?)";
    query(connection, schemaQuery, names, 1).forEach(row -> existing.add(row[0]));
    return new Catalog(existing, tables, sequences(connection, names));
  }

  private static Map<String, List<Catalog.Column>> columns(Connection connection, Array names)
      throws SQLException {
    String sql =
        "select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull::text, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text"
            + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
            + " where a.attnum > 0 and not a.attisdropped and c.oid in (select c.oid"
            + TABLES
            + ")";
    Map<String, List<Catalog.Column>> result = new TreeMap<>();
    for (String[] row : query(connection, sql, names, 7)) {
      String identity =
          switch (row[6]) {
            case "d" -> "by default";
            case "a" -> "always";
            default -> "";
          };
      result
          .computeIfAbsent(row[0] + "." + row[1], k -> new ArrayList<>())
          .add(new Catalog.Column(row[2], row[3], row[4].equals("true"), row[5], identity));
    }
    return result;
  }

  private static Map<String, List<Catalog.Constraint>> constraints(
      Connection connection, Array names) throws SQLException {
    String sql =
        "select n.nspname, c.relname, k.conname, k.contype::text, pg_get_constraintdef(k.oid)"
            + " from pg_constraint k join pg_class c on c.oid = k.conrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " where k.contype in ('p', 'u', 'c', 'f', 'x') and c.oid in (select c.oid"
            + TABLES
            + ")";
    Map<String, List<Catalog.Constraint>> result = new TreeMap<>();
    for (String[] row : query(connection, sql, names, 5)) {
      String kind =
          switch (row[3]) {
            case "p" -> "primary key";
            case "u" -> "unique";
            case "c" -> "check";
            case "f" -> "foreign key";
            default -> "exclusion";
          };
      result
          .computeIfAbsent(row[0] + "." + row[1], k -> new ArrayList<>())
          .add(new Catalog.Constraint(row[2], kind, row[4]));
    }
    return result;
  }

  private static Map<String, List<Catalog.Index>> indexes(Connection connection, Array names)
      throws SQLException {
    String sql =
        "select n.nspname, c.relname, i.relname, pg_get_indexdef(i.oid), quote_ident(n.nspname)"
            + " from pg_index x join pg_class i on i.oid = x.indexrelid"
            + " join pg_class c on c.oid = x.indrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " where not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid"
            + " and k.conrelid = x.indrelid and k.contype in ('p', 'u', 'x'))"
            + " and c.oid in (select c.oid"
            + TABLES
            + ")";
    Map<String, List<Catalog.Index>> result = new TreeMap<>();
    for (String[] row : query(connection, sql, names, 5)) {
      String definition = row[3].replace(" ON " + row[4] + ".", " ON ");
      result
          .computeIfAbsent(row[0] + "." + row[1], k -> new ArrayList<>())
          .add(new Catalog.Index(row[2], definition));
    }
    return result;
  }

  private static List<Catalog.Sequence> sequences(Connection connection, Array names)
      throws SQLException {
    String sql =
        "select n.nspname, c.relname, s.seqstart::text, s.seqincrement::text"
            + " from pg_sequence s join pg_class c on c.oid = s.seqrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname::text = any(?) and not exists (select 1 from pg_depend d"
            + " where d.classid = 'pg_class'::regclass and d.objid = s.seqrelid"
            + " and d.deptype = 'i')";
    List<Catalog.Sequence> result = new ArrayList<>();
    for (String[] row : query(connection, sql, names, 4)) {
      result.add(
          new Catalog.Sequence(row[0], row[1], Long.parseLong(row[2]), Long.parseLong(row[3])));
    }
    return result;
  }

  private static List<String[]> query(Connection connection, String sql, Array names, int width)
      throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, names);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String[] row = new String[width];
          for (int i = 0; i < width; i++) {
            row[i] = rs.getString(i + 1);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
