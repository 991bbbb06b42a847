package dev.keel.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consistency rules of the model that the record constructors enforce: rules PostgreSQL
 * enforces (or silently works around) when the DDL runs, checked early so that a broken model fails
 * where it is built rather than in a migration. Each message is one sentence naming what is wrong.
 */
final class ModelChecks {

  private ModelChecks() {}

  /**
   * Whether {@code name} names something: not null, not blank, and not the quoted empty name
   * ({@code ""}), which PostgreSQL rejects as a zero-length identifier.
   */
  static boolean hasName(String name) {
    return name != null && !name.isBlank() && !Identifiers.canonical(name).isEmpty();
  }

  /** Checks a sequence's parts, as passed to {@link Sequence}'s constructor. */
  static void sequence(String name, long increment) {
    if (increment == 0) {
      throw new IllegalArgumentException(
          "Sequence '" + name + "' has increment 0, which PostgreSQL does not allow.");
    }
  }

  /** Checks a column's parts, as passed to {@link Column}'s constructor. */
  static void column(String name, boolean nullable, String defaultValue, boolean identity) {
    if (defaultValue != null && defaultValue.isBlank()) {
      throw new IllegalArgumentException(
          "Column '"
              + name
              + "' has an empty default expression; a column without a default"
              + " has none.");
    }
    if (identity && nullable) {
      throw new IllegalArgumentException(
          "Identity column '" + name + "' is nullable, but PostgreSQL makes it not null.");
    }
    if (identity && defaultValue != null) {
      throw new IllegalArgumentException(
          "Identity column '" + name + "' has a default, which PostgreSQL does not allow.");
    }
  }

  /** Checks a foreign key's referenced columns, as passed to {@link ForeignKey}'s constructor. */
  static void foreignKey(String name, List<String> referencedColumns) {
    Set<String> seen = new HashSet<>();
    for (String column : referencedColumns) {
      if (!hasName(column)) {
        throw new IllegalArgumentException(
            "Foreign key '" + name + "' references a column without a name.");
      }
      if (!seen.add(Identifiers.canonical(column))) {
        throw new IllegalArgumentException(
            "Foreign key '" + name + "' references column '" + column + "' twice.");
      }
    }
  }

  /** Checks a table's parts, as passed to {@link Table}'s constructor. */
  static void table(
      String name,
      List<Column> columns,
      PrimaryKey primaryKey,
      List<UniqueConstraint> uniques,
      List<Index> indexes,
      List<ForeignKey> foreignKeys,
      List<CheckConstraint> checks) {
    String where = "Table '" + name + "'";
    Map<String, Column> byKey = new HashMap<>();
    for (Column c : columns) {
      if (byKey.put(c.key(), c) != null) {
        throw new IllegalArgumentException(where + " has two columns named '" + c.key() + "'.");
      }
    }
    if (primaryKey != null) {
      primaryKey(byKey, where, primaryKey);
    }
    for (UniqueConstraint u : uniques) {
      requireColumns(byKey, where + ", unique constraint '" + u.name() + "',", u.columns());
    }
    for (Index i : indexes) {
      requireColumns(byKey, where + ", index '" + i.name() + "',", i.columnNames());
    }
    for (ForeignKey f : foreignKeys) {
      requireColumns(byKey, where + ", foreign key '" + f.name() + "',", f.columns());
    }
    for (CheckConstraint c : checks) {
      if (c.column() != null && !byKey.containsKey(Identifiers.canonical(c.column()))) {
        throw new IllegalArgumentException(
            where + ", check '" + c.name() + "', names column '" + c.column() + "' it lacks.");
      }
    }
    distinctNames(where, primaryKey, uniques, indexes, foreignKeys, checks);
    distinctKeys(where, primaryKey, uniques);
  }

  private static void primaryKey(Map<String, Column> byKey, String where, PrimaryKey pk) {
    requireColumns(byKey, where + ", primary key '" + pk.name() + "',", pk.columns());
    for (String column : pk.columns()) {
      if (byKey.get(Identifiers.canonical(column)).nullable()) {
        throw new IllegalArgumentException(
            where
                + " has nullable primary key column '"
                + column
                + "', but PostgreSQL makes key columns not null.");
      }
    }
  }

  private static void requireColumns(Map<String, Column> byKey, String what, List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException(what + " has no columns.");
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!byKey.containsKey(Identifiers.canonical(name))) {
        throw new IllegalArgumentException(what + " names column '" + name + "' the table lacks.");
      }
      if (!seen.add(Identifiers.canonical(name))) {
        throw new IllegalArgumentException(what + " names column '" + name + "' twice.");
      }
    }
  }

  /**
   * Constraint names are unique per table in PostgreSQL; index names share the schema's relation
   * names with the indexes behind primary keys and unique constraints.
   */
  private static void distinctNames(
      String where,
      PrimaryKey primaryKey,
      List<UniqueConstraint> uniques,
      List<Index> indexes,
      List<ForeignKey> foreignKeys,
      List<CheckConstraint> checks) {
    Set<String> constraints = new HashSet<>();
    Set<String> relations = new HashSet<>();
    if (primaryKey != null) {
      constraints.add(Identifiers.canonical(primaryKey.name()));
      relations.add(Identifiers.canonical(primaryKey.name()));
    }
    for (UniqueConstraint u : uniques) {
      requireNew(constraints, u.key(), where);
      requireNew(relations, u.key(), where);
    }
    for (ForeignKey f : foreignKeys) {
      requireNew(constraints, f.key(), where);
    }
    for (CheckConstraint c : checks) {
      requireNew(constraints, c.key(), where);
    }
    for (Index i : indexes) {
      requireNew(relations, i.key(), where);
    }
  }

  private static void requireNew(Set<String> seen, String key, String where) {
    if (!seen.add(key)) {
      throw new IllegalArgumentException(where + " uses the name '" + key + "' twice.");
    }
  }

  /**
   * PostgreSQL's {@code create table} silently merges a unique constraint into an earlier primary
   * key or unique constraint over the same columns, so the model must not hold both.
   */
  private static void distinctKeys(
      String where, PrimaryKey primaryKey, List<UniqueConstraint> uniques) {
    Map<List<String>, String> keys = new HashMap<>();
    if (primaryKey != null) {
      keys.put(Identifiers.canonical(primaryKey.columns()), primaryKey.name());
    }
    for (UniqueConstraint u : uniques) {
      String earlier = keys.putIfAbsent(Identifiers.canonical(u.columns()), u.name());
      if (earlier != null) {
        throw new IllegalArgumentException(
            where
                + ": unique constraint '"
                + u.name()
                + "' repeats the columns of '"
                + earlier
                + "', which PostgreSQL would merge into one.");
      }
    }
  }

  /** Checks a schema's parts, as passed to {@link Schema}'s constructor. */
  static void schema(List<String> namespaceList, List<Sequence> sequences, List<Table> tables) {
    Set<String> namespaces = new HashSet<>();
    for (String n : namespaceList) {
      if (!hasName(n)) {
        throw new IllegalArgumentException("A namespace in the list has no name.");
      }
      if (!namespaces.add(Identifiers.canonical(n))) {
        throw new IllegalArgumentException("Namespace '" + n + "' is listed twice.");
      }
    }
    Set<String> relations = new HashSet<>();
    for (Sequence q : sequences) {
      String what = "Sequence '" + q.key() + "'";
      requireNamespace(namespaces, q.schema(), what);
      requireRelation(relations, q.schema(), q.name(), what);
    }
    for (Table t : tables) {
      String what = "Table '" + t.key() + "'";
      requireNamespace(namespaces, t.schema(), what);
      requireRelation(relations, t.schema(), t.name(), what);
      if (t.primaryKey() != null) {
        String pk = t.primaryKey().name();
        requireRelation(relations, t.schema(), pk, "Primary key '" + pk + "' of " + of(t));
      }
      for (UniqueConstraint u : t.uniqueConstraints()) {
        requireRelation(
            relations, t.schema(), u.name(), "Unique constraint '" + u.name() + "' of " + of(t));
      }
      for (Index i : t.indexes()) {
        requireRelation(relations, t.schema(), i.name(), "Index '" + i.name() + "' of " + of(t));
      }
    }
  }

  private static String of(Table t) {
    return "table '" + t.key() + "'";
  }

  private static void requireNamespace(Set<String> namespaces, String schema, String what) {
    if (!schema.isEmpty() && !namespaces.contains(Identifiers.canonical(schema))) {
      throw new IllegalArgumentException(
          what + " is in schema '" + schema + "', which the namespaces do not list.");
    }
  }

  /** Tables, sequences and indexes (also those behind keys) share one name space per schema. */
  private static void requireRelation(Set<String> seen, String schema, String name, String what) {
    String key = Identifiers.qualifiedKey(schema, name);
    if (!seen.add(key)) {
      throw new IllegalArgumentException(
          what
              + " reuses the name '"
              + key
              + "', which a table, sequence or index of that schema already has.");
    }
  }
}
