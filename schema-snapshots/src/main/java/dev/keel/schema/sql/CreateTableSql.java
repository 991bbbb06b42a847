package dev.keel.schema.sql;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.Identifiers;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code create table} the way Hibernate writes it: columns in the table's canonical order, then
 * the primary key, unique constraints and table-level checks. A constraint whose name is the one
 * PostgreSQL would give it anyway ({@link PostgresNames}) is written without a name, as Hibernate
 * does: a single-column unique or a column-level check inline on its column, others as {@code
 * primary key (..)}, {@code unique (..)}, {@code check (..)}; for a check, PostgreSQL's name
 * follows from the columns its expression references. Any other name is written: {@code constraint
 * n primary key (..)}, {@code constraint n unique (..)}, {@code constraint n check (..)} (inline
 * for a column-level check).
 */
final class CreateTableSql {

  private CreateTableSql() {}

  static String of(Table table) {
    List<String> parts = new ArrayList<>();
    List<UniqueConstraint> inlineUniques = new ArrayList<>();
    for (Column c : table.columns()) {
      StringBuilder column = new StringBuilder(Sql.columnDefinition(c));
      for (UniqueConstraint u : table.uniqueConstraints()) {
        if (isInline(table, u) && Sql.is(u.columns().get(0), c.key())) {
          column.append(" unique");
          inlineUniques.add(u);
        }
      }
      for (CheckConstraint check : table.checks()) {
        if (check.column() != null && Identifiers.canonical(check.column()).equals(c.key())) {
          column.append(' ').append(check(table, check));
        }
      }
      parts.add(column.toString());
    }
    if (table.primaryKey() != null) {
      parts.add(primaryKey(table, table.primaryKey()));
    }
    for (UniqueConstraint u : table.uniqueConstraints()) {
      if (!inlineUniques.contains(u)) {
        parts.add(unique(table, u));
      }
    }
    for (CheckConstraint check : table.checks()) {
      if (check.column() == null) {
        parts.add(check(table, check));
      }
    }
    return "create table " + Sql.table(table.tableName()) + " (" + String.join(", ", parts) + ")";
  }

  private static boolean isInline(Table table, UniqueConstraint u) {
    return u.columns().size() == 1
        && u.key().equals(PostgresNames.unique(table(table), Identifiers.canonical(u.columns())));
  }

  private static String primaryKey(Table table, PrimaryKey pk) {
    String clause = "primary key " + Sql.list(pk.columns());
    return Sql.is(pk.name(), PostgresNames.primaryKey(table(table)))
        ? clause
        : "constraint " + pk.name() + " " + clause;
  }

  private static String unique(Table table, UniqueConstraint u) {
    String clause = "unique " + Sql.list(u.columns());
    return u.key().equals(PostgresNames.unique(table(table), Identifiers.canonical(u.columns())))
        ? clause
        : "constraint " + u.name() + " " + clause;
  }

  private static String check(Table table, CheckConstraint check) {
    String clause = "check (" + check.expression() + ")";
    return check.key().equals(implicitCheckName(table, check))
        ? clause
        : "constraint " + check.name() + " " + clause;
  }

  /**
   * The name PostgreSQL gives the check unnamed: it looks at the columns the expression references,
   * not at where the check is written. Identifiers that merely look like columns (a function of the
   * same name) can only make the prediction differ from the model's name, which then gets written.
   */
  private static String implicitCheckName(Table table, CheckConstraint check) {
    List<String> referenced = new ArrayList<>();
    for (String identifier : Identifiers.inExpression(check.expression())) {
      table.columns().stream()
          .filter(c -> c.key().equals(identifier))
          .forEach(c -> referenced.add(c.key()));
    }
    return PostgresNames.check(table(table), referenced.size() == 1 ? referenced.get(0) : null);
  }

  private static String table(Table table) {
    return Identifiers.canonical(table.name());
  }
}
