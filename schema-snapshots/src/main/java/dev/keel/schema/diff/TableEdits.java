package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.IndexColumns;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Rewrites of a table that the rename stages make to the old schema, so that it describes the
 * database after the rename statements ran: a table under another name, columns under other names
 * in every element that names them, foreign keys pointing at renamed tables and columns.
 */
final class TableEdits {

  private TableEdits() {}

  /** The column of {@code table} whose canonical name is {@code key}. */
  static Optional<Column> column(Table table, String key) {
    return table.columns().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * {@code table} named {@code target}, with the columns in {@code renames} (canonical old name →
   * new name as written) renamed everywhere in it, and each foreign key passed through {@code
   * foreignKeys}.
   */
  static Table rewrite(
      Table table,
      TableName target,
      Map<String, String> renames,
      UnaryOperator<ForeignKey> foreignKeys) {
    List<Column> columns =
        table.columns().stream()
            .map(c -> renames.containsKey(c.key()) ? c.withName(renames.get(c.key())) : c)
            .toList();
    PrimaryKey pk = table.primaryKey();
    if (pk != null) {
      pk = new PrimaryKey(pk.name(), names(pk.columns(), renames));
    }
    List<UniqueConstraint> uniques =
        table.uniqueConstraints().stream()
            .map(u -> new UniqueConstraint(u.name(), names(u.columns(), renames)))
            .toList();
    List<Index> indexes =
        table.indexes().stream()
            .map(
                i -> new Index(i.name(), i.columns().stream().map(e -> entry(e, renames)).toList()))
            .toList();
    return new Table(
        target.schema(),
        target.name(),
        columns,
        pk,
        uniques,
        indexes,
        foreignKeys(table.foreignKeys(), renames, foreignKeys),
        checks(table.checks(), renames));
  }

  private static List<ForeignKey> foreignKeys(
      List<ForeignKey> fks, Map<String, String> renames, UnaryOperator<ForeignKey> then) {
    return fks.stream()
        .map(
            f ->
                new ForeignKey(
                    f.name(),
                    names(f.columns(), renames),
                    f.referencedSchema(),
                    f.referencedTable(),
                    f.referencedColumns()))
        .map(then)
        .toList();
  }

  private static List<CheckConstraint> checks(
      List<CheckConstraint> checks, Map<String, String> renames) {
    return checks.stream()
        .map(
            c ->
                new CheckConstraint(
                    c.name(),
                    c.column() == null ? null : name(c.column(), renames),
                    ExpressionNames.rename(c.expression(), renames)))
        .toList();
  }

  /**
   * {@code fk} pointing at {@code target}, with its referenced columns renamed by {@code renames}.
   */
  static ForeignKey retarget(ForeignKey fk, TableName target, Map<String, String> renames) {
    return new ForeignKey(
        fk.name(),
        fk.columns(),
        target.schema(),
        target.name(),
        names(fk.referencedColumns(), renames));
  }

  /**
   * The canonical qualified keys of every relation of {@code schema}: tables, sequences, and the
   * indexes of tables, also those behind primary keys and unique constraints.
   */
  static Set<String> relations(Schema schema) {
    Set<String> keys = new TreeSet<>();
    schema.sequences().forEach(s -> keys.add(s.key()));
    for (Table t : schema.tables()) {
      keys.add(t.key());
      if (t.primaryKey() != null) {
        keys.add(Identifiers.qualifiedKey(t.schema(), t.primaryKey().name()));
      }
      t.uniqueConstraints().forEach(u -> keys.add(Identifiers.qualifiedKey(t.schema(), u.name())));
      t.indexes().forEach(i -> keys.add(Identifiers.qualifiedKey(t.schema(), i.name())));
    }
    return keys;
  }

  private static List<String> names(List<String> columns, Map<String, String> renames) {
    return columns.stream().map(c -> name(c, renames)).toList();
  }

  private static String name(String column, Map<String, String> renames) {
    return renames.getOrDefault(Identifiers.canonical(column), column);
  }

  /** An index entry with its column renamed, keeping a {@code desc}. */
  private static String entry(String entry, Map<String, String> renames) {
    String column = IndexColumns.name(entry);
    String renamed = renames.get(Identifiers.canonical(column));
    if (renamed == null) {
      return entry;
    }
    return IndexColumns.descending(entry) ? renamed + " desc" : renamed;
  }
}
