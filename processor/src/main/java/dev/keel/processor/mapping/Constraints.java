package dev.keel.processor.mapping;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Identifiers;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.sql.PostgresNames;
import java.util.List;
import java.util.Locale;

/**
 * Names of the constraints Hibernate leaves unnamed, as PostgreSQL will name them, written the way
 * DDL must spell them (quoted when PostgreSQL kept upper case from a quoted table name).
 */
final class Constraints {

  private Constraints() {}

  static PrimaryKey primaryKey(TableBuilder t, List<String> columns) {
    return new PrimaryKey(ddl(PostgresNames.primaryKey(Identifiers.canonical(t.name))), columns);
  }

  static String unique(TableBuilder t, List<String> columns) {
    return ddl(
        PostgresNames.unique(
            Identifiers.canonical(t.name), columns.stream().map(Identifiers::canonical).toList()));
  }

  static CheckConstraint columnCheck(TableBuilder t, String column, String expression) {
    String name =
        ddl(PostgresNames.check(Identifiers.canonical(t.name), Identifiers.canonical(column)));
    return new CheckConstraint(name, column, expression);
  }

  static CheckConstraint tableCheck(TableBuilder t, String expression) {
    return new CheckConstraint(
        ddl(PostgresNames.check(Identifiers.canonical(t.name), null)), null, expression);
  }

  /** A name PostgreSQL stores as {@code canonical}, spelled for DDL. */
  static String ddl(String canonical) {
    boolean plain =
        canonical.equals(canonical.toLowerCase(Locale.ROOT))
            && canonical.matches("[a-z_][a-z0-9_$]*")
            && !Keywords.isReserved(canonical);
    return plain ? canonical : Identifiers.quote(canonical);
  }
}
