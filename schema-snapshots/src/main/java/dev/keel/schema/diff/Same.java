package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.IndexColumns;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two versions of an element make the same database object: names and columns compare
 * canonically, types, defaults and expressions as written.
 */
final class Same {

  private Same() {}

  static boolean columns(List<String> a, List<String> b) {
    return Identifiers.canonical(a).equals(Identifiers.canonical(b));
  }

  /** The canonical column names as a set: PostgreSQL matches a foreign key to a key this way. */
  static Set<String> columnSet(List<String> names) {
    return new TreeSet<>(Identifiers.canonical(names));
  }

  static boolean primaryKey(PrimaryKey a, PrimaryKey b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.key().equals(b.key()) && columns(a.columns(), b.columns());
  }

  static boolean unique(UniqueConstraint a, UniqueConstraint b) {
    return columns(a.columns(), b.columns());
  }

  static boolean index(Index a, Index b) {
    return a.columns().stream()
        .map(IndexColumns::canonical)
        .toList()
        .equals(b.columns().stream().map(IndexColumns::canonical).toList());
  }

  static boolean foreignKey(ForeignKey a, ForeignKey b) {
    return columns(a.columns(), b.columns())
        && a.referencedKey().equals(b.referencedKey())
        && columns(a.referencedColumns(), b.referencedColumns());
  }

  /** The column a check is written on changes nothing in the database; only its expression. */
  static boolean check(CheckConstraint a, CheckConstraint b) {
    return a.expression().equals(b.expression());
  }

  static boolean type(Column a, Column b) {
    return a.type().equals(b.type());
  }

  static boolean defaultValue(Column a, Column b) {
    return Objects.equals(a.defaultValue(), b.defaultValue());
  }
}
