package dev.keel.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

  /**
   * Sorts the parts into their canonical order and checks them: column names are distinct; every
   * constraint and index names existing columns; primary key columns are not null; constraint and
   * index names are distinct the way PostgreSQL needs; no unique constraint repeats the columns of
   * the primary key or of another unique constraint (PostgreSQL's {@code create table} would merge
   * them).
   */
  public Table {
    Sequence.requireName(name);
    schema = schema == null ? "" : schema;
    columns = inColumnOrder(columns);
    uniqueConstraints =
        uniqueConstraints.stream().sorted(Comparator.comparing(UniqueConstraint::key)).toList();
    indexes = indexes.stream().sorted(Comparator.comparing(Index::key)).toList();
    foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::key)).toList();
    checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::key)).toList();
    ModelChecks.table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks);
  }

  /** A table with just columns and a primary key. */
  public static Table of(String name, List<Column> columns, PrimaryKey primaryKey) {
    return new Table("", name, columns, primaryKey, List.of(), List.of(), List.of(), List.of());
  }

  /** The canonical qualified name that identifies this table. */
  public String key() {
    return Identifiers.qualifiedKey(schema, name);
  }

  /** The schema and name of this table. */
  public TableName tableName() {
    return new TableName(schema, name);
  }

  /** The column with this name (as written, or canonical when it needs no quotes). */
  public Optional<Column> column(String key) {
    return columns.stream().filter(c -> c.key().equals(Identifiers.canonical(key))).findFirst();
  }

  /** {@code columns} sorted by {@link #columnOrder()}, each column's width worked out once. */
  private static List<Column> inColumnOrder(List<Column> columns) {
    return columns.stream().map(OrderKey::of).sorted(OrderKey.ORDER).map(OrderKey::column).toList();
  }

  /**
   * Hibernate 6.2+'s {@code ColumnOrderingStrategyStandard}: by estimated width clamped to at least
   * 4 bytes, then wide (over 2048 bytes) after narrow, then by name, case-sensitive.
   */
  public static Comparator<Column> columnOrder() {
    return Comparator.comparing(OrderKey::of, OrderKey.ORDER);
  }

  /** A column with its estimated width: the one place the column order is stated. */
  private record OrderKey(Column column, long width) {

    static final Comparator<OrderKey> ORDER =
        Comparator.<OrderKey>comparingLong(k -> Math.max(k.width(), 4))
            .thenComparing(k -> k.width() > 2048)
            .thenComparing(k -> k.column().name());

    static OrderKey of(Column column) {
      return new OrderKey(column, ColumnTypes.orderWidth(column.type()));
    }
  }

  /** This table with other columns. */
  public Table withColumns(List<Column> value) {
    return new Table(
        schema, name, value, primaryKey, uniqueConstraints, indexes, foreignKeys, checks);
  }

  /** This table with another primary key (null for none). */
  public Table withPrimaryKey(PrimaryKey value) {
    return new Table(schema, name, columns, value, uniqueConstraints, indexes, foreignKeys, checks);
  }

  /** This table with other unique constraints. */
  public Table withUniqueConstraints(List<UniqueConstraint> value) {
    return new Table(schema, name, columns, primaryKey, value, indexes, foreignKeys, checks);
  }

  /** This table with other indexes. */
  public Table withIndexes(List<Index> value) {
    return new Table(
        schema, name, columns, primaryKey, uniqueConstraints, value, foreignKeys, checks);
  }

  /** This table with other foreign keys. */
  public Table withForeignKeys(List<ForeignKey> value) {
    return new Table(schema, name, columns, primaryKey, uniqueConstraints, indexes, value, checks);
  }

  /** This table with other check constraints. */
  public Table withChecks(List<CheckConstraint> value) {
    return new Table(
        schema, name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, value);
  }
}
