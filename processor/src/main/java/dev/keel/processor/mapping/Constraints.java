package dev.keel.processor.mapping;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Identifiers;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.sql.PostgresNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of the constraints Hibernate leaves unnamed, as PostgreSQL will name them, written the way
 * DDL must spell them (quoted when PostgreSQL kept upper case from a quoted table name).
 */
final class Constraints {

  private Constraints() {}

  /**
   * The primary key of {@code t} over these columns, ordered the way Hibernate orders a key's
   * columns (its column ordering: by width, then name).
   */
  static PrimaryKey primaryKey(TableBuilder t, List<String> columns) {
    List<String> ordered = new ArrayList<>(columns);
    Comparator<dev.keel.schema.Column> order = dev.keel.schema.Table.columnOrder();
    ordered.sort((a, b) -> order.compare(t.column(a).orElseThrow(), t.column(b).orElseThrow()));
    return new PrimaryKey(ddl(PostgresNames.primaryKey(Identifiers.canonical(t.name))), ordered);
  }

  static String unique(TableBuilder t, List<String> columns) {
    return ddl(
        PostgresNames.unique(
            Identifiers.canonical(t.name), columns.stream().map(Identifiers::canonical).toList()));
  }

  /** An unnamed check on one column, named as PostgreSQL names it (numbered if taken). */
  static CheckConstraint columnCheck(TableBuilder t, String column, String expression) {
    String base = PostgresNames.check(Identifiers.canonical(t.name), Identifiers.canonical(column));
    return new CheckConstraint(ddl(free(t, base)), column, expression);
  }

  /**
   * An unnamed table-level check: PostgreSQL names it after the one column its expression uses,
   * else {@code <table>_check}, numbering names already taken.
   */
  static CheckConstraint tableCheck(TableBuilder t, String expression) {
    Set<String> used = referencedColumns(t, expression);
    String only = used.size() == 1 ? used.iterator().next() : null;
    String base = PostgresNames.check(Identifiers.canonical(t.name), only);
    return new CheckConstraint(ddl(free(t, base)), null, expression);
  }

  /** PostgreSQL's {@code ChooseConstraintName}: the base name, else base1, base2, ... */
  private static String free(TableBuilder t, String base) {
    Set<String> taken = t.checkNames();
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 1; ; n++) {
      String candidate = base + n;
      if (candidate.getBytes(StandardCharsets.UTF_8).length > PostgresNames.MAX_NAME_BYTES) {
        candidate = base.substring(0, base.length() - String.valueOf(n).length()) + n;
      }
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** The table's columns an expression mentions outside string literals (canonical names). */
  private static Set<String> referencedColumns(TableBuilder t, String expression) {
    Set<String> result = new TreeSet<>(Identifiers.inExpression(expression));
    result.retainAll(t.columnKeys());
    return result;
  }

  /** A name PostgreSQL stores as {@code canonical}, spelled for DDL. */
  static String ddl(String canonical) {
    return Keywords.isReserved(canonical)
        ? Identifiers.quote(canonical)
        : Identifiers.asWritten(canonical);
  }
}
