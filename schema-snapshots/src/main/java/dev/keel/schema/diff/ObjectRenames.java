package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds constraints and indexes of a kept table that only change name, and renames them instead of
 * dropping and adding them: a primary key over the same columns; a unique constraint, check,
 * foreign key or index that goes away while one with the same definition ({@link Same}) and another
 * name comes. Such names usually follow from a table or column name ({@code users_pkey},
 * Hibernate's {@code FK…}). A rename is used only when its new name is free before it runs (no
 * constraint of the table, and for primary keys, unique constraints and indexes no relation of the
 * schema, has it), so renames never depend on each other's order; otherwise the element is dropped
 * and added as before. Sequences: {@link SequenceRenames}.
 *
 * @param renamed the old schema with these renames applied
 * @param changes the renames: per table in key order, constraints then indexes, each by old name
 * @param origins for each renamed constraint, by {@code <table key> <new constraint key>}, its old
 *     name as written
 */
record ObjectRenames(Schema renamed, List<SchemaChange> changes, Map<String, String> origins) {

  /** Copies the list and the map, keeping the map sorted by key. */
  ObjectRenames {
    changes = List.copyOf(changes);
    origins = Collections.unmodifiableMap(new TreeMap<>(origins));
  }

  static ObjectRenames of(Schema from, Schema to) {
    Set<String> relations = TableEdits.relations(from);
    List<SchemaChange> changes = new ArrayList<>();
    Map<String, String> origins = new TreeMap<>();
    List<Table> tables = new ArrayList<>();
    for (Table old : from.tables()) {
      Table now = to.table(old.key()).orElse(null);
      Table renamed = now == null ? old : renameIn(old, now, relations, changes, origins);
      tables.add(renamed);
    }
    return new ObjectRenames(
        new Schema(from.namespaces(), from.sequences(), tables), changes, origins);
  }

  private static Table renameIn(
      Table old,
      Table now,
      Set<String> relations,
      List<SchemaChange> changes,
      Map<String, String> origins) {
    Set<String> constraints = constraintKeys(old);
    Predicate<String> freeConstraint = key -> !constraints.contains(key);
    Predicate<String> freeRelation =
        key ->
            freeConstraint.test(key)
                && !relations.contains(Identifiers.qualifiedKey(old.schema(), key));
    Map<String, String> names = constraintRenames(old, now, freeConstraint, freeRelation);
    Map<String, String> indexNames = new TreeMap<>();
    pair(
        old.indexes(),
        now.indexes(),
        Index::key,
        Index::name,
        Same::index,
        freeRelation,
        indexNames);
    for (String key : names.keySet()) {
      String oldName = originalName(old, key);
      changes.add(new RenameConstraint(now.tableName(), oldName, names.get(key)));
      origins.put(now.key() + " " + Identifiers.canonical(names.get(key)), oldName);
    }
    for (Index i : old.indexes()) {
      if (indexNames.containsKey(i.key())) {
        changes.add(new RenameIndex(now.tableName(), i.name(), indexNames.get(i.key())));
      }
    }
    return apply(old, names, indexNames);
  }

  /**
   * Old constraint key → new name as written, for the constraints of a table that only change name.
   */
  private static Map<String, String> constraintRenames(
      Table old, Table now, Predicate<String> freeConstraint, Predicate<String> freeRelation) {
    Map<String, String> names = new TreeMap<>();
    PrimaryKey pk = old.primaryKey();
    if (pk != null
        && now.primaryKey() != null
        && !pk.key().equals(now.primaryKey().key())
        && Same.columns(pk.columns(), now.primaryKey().columns())
        && freeRelation.test(now.primaryKey().key())) {
      names.put(pk.key(), now.primaryKey().name());
    }
    pair(
        old.uniqueConstraints(),
        now.uniqueConstraints(),
        UniqueConstraint::key,
        UniqueConstraint::name,
        Same::unique,
        freeRelation,
        names);
    pair(
        old.foreignKeys(),
        now.foreignKeys(),
        ForeignKey::key,
        ForeignKey::name,
        Same::foreignKey,
        freeConstraint,
        names);
    pair(
        old.checks(),
        now.checks(),
        CheckConstraint::key,
        CheckConstraint::name,
        Same::check,
        freeConstraint,
        names);
    return names;
  }

  /**
   * Pairs each element of {@code before} whose name {@code after} lacks with the first unpaired
   * element of {@code after}, whose name {@code before} lacks, that has the same definition and a
   * free name; records old key → new name as written in {@code names}.
   */
  private static <T> void pair(
      List<T> before,
      List<T> after,
      Function<T, String> key,
      Function<T, String> name,
      BiPredicate<T, T> same,
      Predicate<String> free,
      Map<String, String> names) {
    Set<String> beforeKeys = new TreeSet<>(before.stream().map(key).toList());
    Set<String> afterKeys = new TreeSet<>(after.stream().map(key).toList());
    List<T> added =
        new ArrayList<>(after.stream().filter(e -> !beforeKeys.contains(key.apply(e))).toList());
    for (T old : before) {
      if (afterKeys.contains(key.apply(old))) {
        continue;
      }
      for (T candidate : added) {
        if (same.test(old, candidate) && free.test(key.apply(candidate))) {
          names.put(key.apply(old), name.apply(candidate));
          added.remove(candidate);
          break;
        }
      }
    }
  }

  private static Set<String> constraintKeys(Table t) {
    Set<String> keys = new TreeSet<>();
    if (t.primaryKey() != null) {
      keys.add(t.primaryKey().key());
    }
    t.uniqueConstraints().forEach(u -> keys.add(u.key()));
    t.foreignKeys().forEach(f -> keys.add(f.key()));
    t.checks().forEach(c -> keys.add(c.key()));
    return keys;
  }

  private static String originalName(Table t, String key) {
    List<String> all = new ArrayList<>();
    if (t.primaryKey() != null) {
      all.add(t.primaryKey().name());
    }
    t.uniqueConstraints().forEach(u -> all.add(u.name()));
    t.foreignKeys().forEach(f -> all.add(f.name()));
    t.checks().forEach(c -> all.add(c.name()));
    return all.stream()
        .filter(n -> Identifiers.canonical(n).equals(key))
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** {@code t} with constraints and indexes under their new names. */
  private static Table apply(Table t, Map<String, String> names, Map<String, String> indexNames) {
    if (names.isEmpty() && indexNames.isEmpty()) {
      return t;
    }
    PrimaryKey pk = t.primaryKey();
    if (pk != null && names.containsKey(pk.key())) {
      pk = new PrimaryKey(names.get(pk.key()), pk.columns());
    }
    List<UniqueConstraint> uniques =
        t.uniqueConstraints().stream()
            .map(u -> new UniqueConstraint(names.getOrDefault(u.key(), u.name()), u.columns()))
            .toList();
    List<ForeignKey> fks =
        t.foreignKeys().stream()
            .map(
                f ->
                    new ForeignKey(
                        names.getOrDefault(f.key(), f.name()),
                        f.columns(),
                        f.referencedSchema(),
                        f.referencedTable(),
                        f.referencedColumns()))
            .toList();
    List<CheckConstraint> checks =
        t.checks().stream()
            .map(
                c ->
                    new CheckConstraint(
                        names.getOrDefault(c.key(), c.name()), c.column(), c.expression()))
            .toList();
    List<Index> indexes =
        t.indexes().stream()
            .map(i -> new Index(indexNames.getOrDefault(i.key(), i.name()), i.columns()))
            .toList();
    return new Table(t.schema(), t.name(), t.columns(), pk, uniques, indexes, fks, checks);
  }
}
