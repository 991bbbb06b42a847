package dev.keel.schema.sql;

import dev.keel.schema.Column;
import dev.keel.schema.Identifiers;
import dev.keel.schema.TableName;
import dev.keel.schema.diff.AddCheck;
import dev.keel.schema.diff.AddForeignKey;
import dev.keel.schema.diff.AddPrimaryKey;
import dev.keel.schema.diff.AddUniqueConstraint;
import dev.keel.schema.diff.AlterColumnNullability;
import dev.keel.schema.diff.CreateIndex;
import dev.keel.schema.diff.DropIndex;
import dev.keel.schema.diff.SchemaChange;
import dev.keel.schema.sql.Rendered.Statement;
import java.util.List;
import java.util.Set;

/**
 * The online forms of the changes that otherwise block writers of an existing table while they scan
 * it or build an index (see {@code docs/safety.md}). Each long phase runs under {@code SHARE UPDATE
 * EXCLUSIVE}, which {@code INSERT}, {@code UPDATE} and {@code DELETE} pass, and outside the
 * migration's transaction; what runs under a strong lock is then only a catalog update.
 */
final class OnlineForms {

  /** The label of the temporary check that lets {@code set not null} skip its scan. */
  static final String NOT_NULL_CHECK = "not_null_check";

  private final StatementWriter writer;

  OnlineForms(StatementWriter writer) {
    this.writer = writer;
  }

  /**
   * The online form of {@code change}, or null when it has none or concerns a table in {@code
   * created} (canonical qualified keys of the tables the same changes create).
   */
  List<Statement> of(SchemaChange change, Set<String> created) {
    TableName table = tableOf(change);
    if (table == null || created.contains(table.key())) {
      return null;
    }
    if (change instanceof CreateIndex c) {
      return List.of(
          concurrent(
              "create index concurrently "
                  + c.index().name()
                  + " on "
                  + Sql.table(c.table())
                  + " "
                  + Sql.list(c.index().columns())));
    } else if (change instanceof DropIndex d) {
      return List.of(
          concurrent(
              "drop index concurrently " + Sql.qualified(d.table().schema(), d.index().name())));
    } else if (change instanceof AddForeignKey a) {
      return notValidThenValidate(writer.visit(a), a.table(), a.foreignKey().name());
    } else if (change instanceof AddCheck a) {
      return notValidThenValidate(writer.visit(a), a.table(), a.check().name());
    } else if (change instanceof AlterColumnNullability n) {
      return setNotNull(n.table(), n.to());
    } else if (change instanceof AddUniqueConstraint u) {
      return indexThenAttach(
          u.table(), u.uniqueConstraint().name(), u.uniqueConstraint().columns(), "unique");
    }
    AddPrimaryKey p = (AddPrimaryKey) change;
    return indexThenAttach(
        p.table(), p.primaryKey().name(), p.primaryKey().columns(), "primary key");
  }

  /** The table of a change that has an online form, else null. */
  private static TableName tableOf(SchemaChange change) {
    if (change instanceof CreateIndex c) {
      return c.table();
    } else if (change instanceof DropIndex d) {
      return d.table();
    } else if (change instanceof AddForeignKey a) {
      return a.table();
    } else if (change instanceof AddCheck a) {
      return a.table();
    } else if (change instanceof AlterColumnNullability n) {
      return n.to().nullable() ? null : n.table();
    } else if (change instanceof AddUniqueConstraint u) {
      return u.table();
    } else if (change instanceof AddPrimaryKey p) {
      return p.table();
    }
    return null;
  }

  /**
   * The name of the check {@code c is not null} that the online {@code set not null} adds and drops
   * again: {@code <table>_<column>_not_null_check}, cut to 63 bytes the way PostgreSQL cuts the
   * names it makes. It differs from {@code <table>_<column>_not_null}, the name PostgreSQL 18 gives
   * the not-null constraint itself.
   */
  static String notNullCheckName(TableName table, Column column) {
    return Identifiers.asWritten(
        PostgresNames.objectName(
            Identifiers.canonical(table.name()), column.key(), NOT_NULL_CHECK));
  }

  private static List<Statement> notValidThenValidate(String add, TableName table, String name) {
    return List.of(
        inTransaction(add + " not valid"),
        concurrent(alter(table) + "validate constraint " + name));
  }

  /**
   * PostgreSQL 12+ skips the scan of {@code set not null} when a valid check proves that the column
   * holds no null; the check is validated under {@code SHARE UPDATE EXCLUSIVE}.
   */
  private static List<Statement> setNotNull(TableName table, Column column) {
    String check = notNullCheckName(table, column);
    return List.of(
        inTransaction(
            alter(table)
                + "add constraint "
                + check
                + " check ("
                + column.name()
                + " is not null) not valid"),
        concurrent(alter(table) + "validate constraint " + check),
        inTransaction(alter(table) + "alter column " + column.name() + " set not null"),
        inTransaction(alter(table) + "drop constraint " + check));
  }

  /** A unique index built concurrently, then made the index of the constraint. */
  private static List<Statement> indexThenAttach(
      TableName table, String name, List<String> columns, String kind) {
    return List.of(
        concurrent(
            "create unique index concurrently "
                + name
                + " on "
                + Sql.table(table)
                + " "
                + Sql.list(columns)),
        inTransaction(
            alter(table) + "add constraint " + name + " " + kind + " using index " + name));
  }

  private static String alter(TableName table) {
    return "alter table " + Sql.table(table) + " ";
  }

  private static Statement concurrent(String sql) {
    return new Statement(sql, true);
  }

  private static Statement inTransaction(String sql) {
    return new Statement(sql, false);
  }
}
