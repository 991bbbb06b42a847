package dev.keel.processor.mapping;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table while the mapper fills it in; {@link #build()} makes the immutable {@link Table}. */
final class TableBuilder {

  /** Who contributed a column: for duplicate reports and re-anchoring. */
  record ColumnOwner(String attribute, String position, boolean readOnly) {}

  final String schema;
  final String name;
  final String owner;
  final String position;
  private final Map<String, Column> columns = new LinkedHashMap<>();
  private final Map<String, ColumnOwner> owners = new LinkedHashMap<>();
  private final Map<String, String> logicalNames = new LinkedHashMap<>();
  private final List<UniqueConstraint> uniques = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<CheckConstraint> checks = new ArrayList<>();
  private PrimaryKey primaryKey;

  TableBuilder(String schema, String name, String owner, String position) {
    this.schema = schema;
    this.name = name;
    this.owner = owner;
    this.position = position;
  }

  /** The canonical qualified key, as {@link Table#key()}. */
  String key() {
    return Identifiers.qualifiedKey(schema, name);
  }

  /** The table name qualified with its schema, as written in DDL. */
  String qualifiedName() {
    return schema.isEmpty() ? name : schema + "." + name;
  }

  /**
   * Adds a column, or returns the owner already mapped to a column of the same name. When one of
   * the two is read-only ({@code insertable = false, updatable = false}) the writable one wins.
   */
  Optional<ColumnOwner> addColumn(Column column, ColumnOwner by, String logicalName) {
    String key = column.key();
    ColumnOwner existing = owners.get(key);
    if (existing != null) {
      if (by.readOnly()) {
        return Optional.empty();
      }
      if (existing.readOnly()) {
        columns.put(key, column);
        owners.put(key, by);
        return Optional.empty();
      }
      return Optional.of(existing);
    }
    columns.put(key, column);
    owners.put(key, by);
    logicalNames.put(logicalName, column.name());
    return Optional.empty();
  }

  /** The column with this DDL name. */
  Optional<Column> column(String name) {
    return Optional.ofNullable(columns.get(Identifiers.canonical(name)));
  }

  /** Replaces an existing column (same canonical name). */
  void replaceColumn(Column column) {
    columns.put(column.key(), column);
  }

  /**
   * Resolves a column named in {@code @UniqueConstraint}/{@code @Index}: its logical name (as
   * written in {@code @Column(name)} or the attribute name), else its physical name.
   */
  Optional<String> resolveColumn(String written, NamingStrategy naming) {
    String trimmed = Names.explicitQuotes(written.trim());
    String byLogical = logicalNames.get(trimmed);
    if (byLogical != null) {
      return Optional.of(byLogical);
    }
    Column c = columns.get(Identifiers.canonical(trimmed));
    if (c == null && !Identifiers.isQuoted(trimmed)) {
      c = columns.get(Identifiers.canonical(naming.physical(trimmed)));
    }
    return Optional.ofNullable(c).map(Column::name);
  }

  /** The DDL names of all columns, in the order they were added. */
  List<String> columnNames() {
    return columns.values().stream().map(Column::name).toList();
  }

  /** The canonical names of all columns. */
  java.util.Set<String> columnKeys() {
    return java.util.Collections.unmodifiableSet(columns.keySet());
  }

  void primaryKey(PrimaryKey value) {
    primaryKey = value;
  }

  PrimaryKey primaryKey() {
    return primaryKey;
  }

  void addUnique(UniqueConstraint u) {
    boolean same =
        uniques.stream()
            .anyMatch(
                x ->
                    x.key().equals(u.key())
                        || x.columns().stream()
                            .map(Identifiers::canonical)
                            .toList()
                            .equals(u.columns().stream().map(Identifiers::canonical).toList()));
    if (!same) {
      uniques.add(u);
    }
  }

  void addIndex(Index i) {
    if (indexes.stream().noneMatch(x -> x.key().equals(i.key()))) {
      indexes.add(i);
    }
  }

  void addForeignKey(ForeignKey fk) {
    if (foreignKeys.stream().noneMatch(x -> x.key().equals(fk.key()))) {
      foreignKeys.add(fk);
    }
  }

  /** The canonical names of the checks added so far. */
  java.util.Set<String> checkNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (CheckConstraint c : checks) {
      names.add(c.key());
    }
    return names;
  }

  void addCheck(CheckConstraint c) {
    boolean same =
        checks.stream()
            .anyMatch(
                x ->
                    x.key().equals(c.key())
                        || (x.expression().equalsIgnoreCase(c.expression())
                            && java.util.Objects.equals(x.column(), c.column())));
    if (!same) {
      checks.add(c);
    }
  }

  /**
   * The immutable table. A unique constraint over exactly the primary key's columns is left out, as
   * Hibernate leaves it out (PostgreSQL would merge it into the key).
   */
  Table build() {
    List<UniqueConstraint> kept = new ArrayList<>();
    for (UniqueConstraint u : uniques) {
      boolean samAsKey =
          primaryKey != null
              && new java.util.TreeSet<>(u.columns().stream().map(Identifiers::canonical).toList())
                  .equals(
                      new java.util.TreeSet<>(
                          primaryKey.columns().stream().map(Identifiers::canonical).toList()));
      if (!samAsKey) {
        kept.add(u);
      }
    }
    return new Table(
        schema,
        name,
        List.copyOf(columns.values()),
        primaryKey,
        kept,
        indexes,
        foreignKeys,
        checks);
  }
}
