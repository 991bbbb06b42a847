package dev.keel.schema.diff;

import dev.keel.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What the user said about renames, for {@link SchemaDiffer#diff(Schema, Schema, DiffHints)}:
 * "table {@code old} is now table {@code new}", "in table {@code t}, column {@code old} is now
 * column {@code new}". A hint that applies turns a drop and an add into a rename that keeps the
 * data; one that does not apply changes nothing ({@link #unmatched} lists those, so that the caller
 * can warn).
 *
 * <p>All names are canonical ({@link dev.keel.schema.Identifiers#canonical}): tables by their
 * qualified key ({@link dev.keel.schema.Table#key()}, e.g. {@code users} or {@code app.users}),
 * columns by {@link dev.keel.schema.Column#key()}. A column hint names its table by the key the
 * table has in the target schema, that is after any table rename.
 *
 * @param tables the table renames, sorted by old key
 * @param columns the column renames, sorted by table, then old column
 */
public record DiffHints(List<TableRename> tables, List<ColumnRename> columns) {

  /** No hints: the diff renames no table and no column. */
  public static final DiffHints NONE = new DiffHints(List.of(), List.of());

  /**
   * Table {@code from} is now table {@code to}; both in the same PostgreSQL schema.
   *
   * @param from the canonical qualified key of the table in the old schema
   * @param to the canonical qualified key of the table in the new schema
   */
  public record TableRename(String from, String to) {

    /** Checks that both keys are present and differ. */
    public TableRename {
      requireKey(from);
      requireKey(to);
      requireChange(from, to);
    }
  }

  /**
   * In table {@code table}, column {@code from} is now column {@code to}.
   *
   * @param table the canonical qualified key of the table in the new schema
   * @param from the canonical name of the column in the old schema
   * @param to the canonical name of the column in the new schema
   */
  public record ColumnRename(String table, String from, String to) {

    /** Checks that every key is present and that the column name changes. */
    public ColumnRename {
      requireKey(table);
      requireKey(from);
      requireKey(to);
      requireChange(from, to);
    }
  }

  /**
   * Sorts and copies the hints, and checks that no name is renamed twice or becomes the target of
   * two renames.
   */
  public DiffHints {
    tables =
        tables.stream()
            .sorted(Comparator.comparing(TableRename::from).thenComparing(TableRename::to))
            .toList();
    columns =
        columns.stream()
            .sorted(
                Comparator.comparing(ColumnRename::table)
                    .thenComparing(ColumnRename::from)
                    .thenComparing(ColumnRename::to))
            .toList();
    requireDistinct(tables.stream().map(TableRename::from).toList(), "renamed from");
    requireDistinct(tables.stream().map(TableRename::to).toList(), "renamed to");
    requireDistinct(columns.stream().map(c -> c.table() + "." + c.from()).toList(), "renamed from");
    requireDistinct(columns.stream().map(c -> c.table() + "." + c.to()).toList(), "renamed to");
  }

  /** These hints plus "table {@code from} is now table {@code to}" (canonical qualified keys). */
  public DiffHints renameTable(String from, String to) {
    List<TableRename> more = new ArrayList<>(tables);
    more.add(new TableRename(from, to));
    return new DiffHints(more, columns);
  }

  /**
   * These hints plus "in table {@code table} (key in the new schema), column {@code from} is now
   * column {@code to}" (canonical names).
   */
  public DiffHints renameColumn(String table, String from, String to) {
    List<ColumnRename> more = new ArrayList<>(columns);
    more.add(new ColumnRename(table, from, to));
    return new DiffHints(tables, more);
  }

  /**
   * The hints for the reverse diff: {@code diff(to, from, hints.inverse())} undoes {@code
   * diff(from, to, hints)}. Every rename is turned round; a column hint then names its table by the
   * table's key in the old schema.
   */
  public DiffHints inverse() {
    List<TableRename> turned = tables.stream().map(t -> new TableRename(t.to(), t.from())).toList();
    List<ColumnRename> turnedColumns = new ArrayList<>();
    for (ColumnRename c : columns) {
      String table =
          tables.stream()
              .filter(t -> t.to().equals(c.table()))
              .map(TableRename::from)
              .findFirst()
              .orElse(c.table());
      turnedColumns.add(new ColumnRename(table, c.to(), c.from()));
    }
    return new DiffHints(turned, turnedColumns);
  }

  /**
   * The hints that do not apply between {@code from} and {@code to}, so that the diff ignores them:
   * a table hint applies when {@code from} has the old table and not the new one, {@code to} has
   * the new table and not the old one, both are in the same PostgreSQL schema, and no other table,
   * sequence or index of {@code from} has the new name; a column hint applies when its table is in
   * {@code to} and (after an applying table hint) in {@code from}, the old table has the old column
   * and not the new one, and the new table has the new column and not the old one. A hint left over
   * from an earlier migration, whose rename is already in the snapshot, is one of these.
   */
  public DiffHints unmatched(Schema from, Schema to) {
    HintedRenames applied = HintedRenames.of(from, to, this);
    return new DiffHints(
        tables.stream().filter(t -> !applied.tables().contains(t)).toList(),
        columns.stream().filter(c -> !applied.columns().contains(c)).toList());
  }

  /** Whether there are no hints. */
  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty();
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A rename hint lacks a name.");
    }
  }

  private static void requireChange(String from, String to) {
    if (from.equals(to)) {
      throw new IllegalArgumentException("A rename hint must change the name: '" + from + "'.");
    }
  }

  private static void requireDistinct(List<String> keys, String what) {
    TreeSet<String> seen = new TreeSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw new IllegalArgumentException(
            "Rename hints name '" + key + "' twice as " + what + ".");
      }
    }
  }
}
