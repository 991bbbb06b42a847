package dev.keel.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table.
 *
 * <p>Columns are kept in the order Hibernate 6.2+ writes them in {@code create table} (see {@link
 * #columnOrder()}), so reordering fields in an entity changes nothing; constraints and indexes are
 * sorted by canonical name.
 *
 * @param schema the PostgreSQL schema, or empty for the default one
 * @param name the name as written in DDL
 * @param columns the columns
 * @param primaryKey the primary key, or null for a table without one (a bag's join table)
 * @param uniqueConstraints unique constraints, single- and multi-column
 * @param indexes non-unique indexes
 * @param foreignKeys foreign keys from this table
 * @param checks check constraints, column- and table-level
 */
public record Table(
    String schema,
    String name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> checks) {

  public Table {
    Sequence.requireName(name);
    schema = schema == null ? "" : schema;
    columns = columns.stream().sorted(columnOrder()).toList();
    uniqueConstraints =
        uniqueConstraints.stream().sorted(Comparator.comparing(UniqueConstraint::key)).toList();
    indexes = indexes.stream().sorted(Comparator.comparing(Index::key)).toList();
    foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::key)).toList();
    checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::key)).toList();
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.key())) {
        throw new IllegalArgumentException("table " + name + " has two columns " + c.key());
      }
    }
  }

  /** A table with just columns and a primary key. */
  public static Table of(String name, List<Column> columns, PrimaryKey primaryKey) {
    return new Table("", name, columns, primaryKey, List.of(), List.of(), List.of(), List.of());
  }

  /** The canonical qualified name that identifies this table. */
  public String key() {
    return Identifiers.qualifiedKey(schema, name);
  }

  /** The column with this canonical name. */
  public Optional<Column> column(String key) {
    return columns.stream().filter(c -> c.key().equals(Identifiers.canonical(key))).findFirst();
  }

  /**
   * Hibernate 6.2+'s {@code ColumnOrderingStrategyStandard}: by estimated width clamped to at least
   * 4 bytes, then wide (over 2048 bytes) after narrow, then by name, case-sensitive.
   */
  public static Comparator<Column> columnOrder() {
    return Comparator.<Column>comparingLong(c -> Math.max(ColumnTypes.orderWidth(c.type()), 4))
        .thenComparing(c -> ColumnTypes.orderWidth(c.type()) > 2048)
        .thenComparing(Column::name);
  }

  public Table withColumns(List<Column> value) {
    return new Table(
        schema, name, value, primaryKey, uniqueConstraints, indexes, foreignKeys, checks);
  }

  public Table withPrimaryKey(PrimaryKey value) {
    return new Table(schema, name, columns, value, uniqueConstraints, indexes, foreignKeys, checks);
  }

  public Table withUniqueConstraints(List<UniqueConstraint> value) {
    return new Table(schema, name, columns, primaryKey, value, indexes, foreignKeys, checks);
  }

  public Table withIndexes(List<Index> value) {
    return new Table(
        schema, name, columns, primaryKey, uniqueConstraints, value, foreignKeys, checks);
  }

  public Table withForeignKeys(List<ForeignKey> value) {
    return new Table(schema, name, columns, primaryKey, uniqueConstraints, indexes, value, checks);
  }

  public Table withChecks(List<CheckConstraint> value) {
    return new Table(
        schema, name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, value);
  }
}
