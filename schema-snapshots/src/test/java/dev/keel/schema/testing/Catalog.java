package dev.keel.schema.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a database's catalog holds for some PostgreSQL schemas, normalised so that two databases
 * with the same schema objects give equal values whatever order they were built in: every list is
 * sorted by name (columns too, so column order does not count), and names are as PostgreSQL stores
 * them. Read one with {@link CatalogReader}; compare two with {@link #differences(Catalog)}.
 *
 * @param schemas the requested PostgreSQL schemas that exist
 * @param tables the tables in them, except Keel's history table
 * @param sequences the sequences in them, except those behind identity columns
 */
public record Catalog(List<String> schemas, List<Table> tables, List<Sequence> sequences) {

  /** Copies and sorts the lists. */
  public Catalog {
    schemas = schemas.stream().sorted().toList();
    tables = tables.stream().sorted(Comparator.comparing(Table::qualifiedName)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(Sequence::qualifiedName)).toList();
  }

  /**
   * A table.
   *
   * @param schema its PostgreSQL schema
   * @param name its name
   * @param columns its columns, sorted by name
   * @param constraints its primary key, unique, check, foreign-key and exclusion constraints
   * @param indexes its indexes that do not back a constraint
   */
  public record Table(
      String schema,
      String name,
      List<Column> columns,
      List<Constraint> constraints,
      List<Index> indexes) {

    /** Copies and sorts the lists. */
    public Table {
      columns = columns.stream().sorted(Comparator.comparing(Column::name)).toList();
      constraints = constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
      indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
      return schema + "." + name;
    }

    /** The column with this stored name. */
    public Optional<Column> column(String columnName) {
      return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
  }

  /**
   * A column.
   *
   * @param name its name
   * @param type its type as {@code format_type} writes it ({@code character varying(255)})
   * @param notNull whether it is {@code not null}
   * @param defaultExpression its default as {@code pg_get_expr} writes it, or null
   * @param identity {@code "by default"}, {@code "always"}, or empty for a column that is not an
   *     identity column
   */
  public record Column(
      String name, String type, boolean notNull, String defaultExpression, String identity) {}

  /**
   * A constraint.
   *
   * @param name its name
   * @param kind {@code primary key}, {@code unique}, {@code check}, {@code foreign key} or {@code
   *     exclusion}
   * @param definition its definition as {@code pg_get_constraintdef} writes it
   */
  public record Constraint(String name, String kind, String definition) {}

  /**
   * An index.
   *
   * @param name its name
   * @param definition its definition as {@code pg_get_indexdef} writes it, without the schema name
   */
  public record Index(String name, String definition) {}

  /**
   * A sequence.
   *
   * @param schema its PostgreSQL schema
   * @param name its name
   * @param start its start value
   * @param increment its increment
   */
  public record Sequence(String schema, String name, long start, long increment) {

    /** {@code schema.name}. */
    public String qualifiedName() {
      return schema + "." + name;
    }
  }

  /** The table {@code schema.name} (stored names). */
  public Optional<Table> table(String schema, String name) {
    return tables.stream()
        .filter(t -> t.schema().equals(schema) && t.name().equals(name))
        .findFirst();
  }

  /** One line per fact, sorted: the readable form {@link #differences} compares. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    schemas.forEach(s -> lines.add("schema " + s));
    for (Sequence s : sequences) {
      lines.add(
          "sequence " + s.qualifiedName() + " start " + s.start() + " increment " + s.increment());
    }
    for (Table t : tables) {
      String table = t.qualifiedName();
      lines.add("table " + table);
      for (Column c : t.columns()) {
        lines.add(
            "column "
                + table
                + "."
                + c.name()
                + " "
                + c.type()
                + (c.notNull() ? " not null" : " null")
                + (c.defaultExpression() == null ? "" : " default " + c.defaultExpression())
                + (c.identity().isEmpty() ? "" : " identity " + c.identity()));
      }
      for (Constraint k : t.constraints()) {
        lines.add(k.kind() + " " + table + " " + k.name() + ": " + k.definition());
      }
      for (Index i : t.indexes()) {
        lines.add("index " + table + " " + i.name() + ": " + i.definition());
      }
    }
    return lines.stream().sorted().toList();
  }

  /**
   * What differs from {@code other}: {@code "- line"} for a fact only this catalog has, {@code "+
   * line"} for one only {@code other} has, sorted by line. Empty when the catalogs are equal, so
   * {@code assertEquals(List.of(), expected.differences(actual))} shows exactly what differs.
   */
  public List<String> differences(Catalog other) {
    TreeSet<String> mine = new TreeSet<>(lines());
    TreeSet<String> theirs = new TreeSet<>(other.lines());
    List<String> result = new ArrayList<>();
    for (String line : new TreeSet<>(union(mine, theirs))) {
      if (!theirs.contains(line)) {
        result.add("- " + line);
      } else if (!mine.contains(line)) {
        result.add("+ " + line);
      }
    }
    return result;
  }

  private static TreeSet<String> union(TreeSet<String> a, TreeSet<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
