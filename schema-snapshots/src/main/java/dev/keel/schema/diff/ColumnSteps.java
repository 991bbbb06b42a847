package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.TableName;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps that turn one column into another, in an order PostgreSQL accepts: an identity is
 * dropped before a default is set or {@code not null} dropped, and added only after the default is
 * gone and {@code not null} set; around a type change the old default is dropped and the new one
 * set afterwards, because PostgreSQL would keep the old default's text cast to the new type, which
 * differs from what a fresh {@code create table} stores. Each step carries the column as it is
 * before and after that step.
 */
final class ColumnSteps {

  private final TableName table;
  private final List<SchemaChange> steps = new ArrayList<>();
  private Column current;

  private ColumnSteps(TableName table, Column from) {
    this.table = table;
    this.current = from;
  }

  static List<SchemaChange> of(TableName table, Column from, Column to) {
    ColumnSteps s = new ColumnSteps(table, from);
    boolean typeChanges = !Same.type(from, to);
    if (from.identity() && !to.identity()) {
      s.identity(false);
    }
    if (typeChanges && from.defaultValue() != null) {
      s.defaultValue(null);
    }
    if (typeChanges) {
      s.type(to);
    }
    if (!Same.defaultValue(s.current, to)) {
      s.defaultValue(to.defaultValue());
    }
    if (s.current.nullable() != to.nullable()) {
      Column next = s.current.withNullable(to.nullable());
      s.add(new AlterColumnNullability(table, s.current, next), next);
    }
    if (!from.identity() && to.identity()) {
      s.identity(true);
    }
    return List.copyOf(s.steps);
  }

  private void identity(boolean value) {
    Column next = current.withIdentity(value);
    add(new AlterColumnIdentity(table, current, next), next);
  }

  private void defaultValue(String value) {
    Column next = current.withDefault(value);
    add(new AlterColumnDefault(table, current, next), next);
  }

  private void type(Column to) {
    Column next =
        new Column(
            current.name(),
            to.type(),
            current.nullable(),
            current.defaultValue(),
            current.identity(),
            to.customType());
    add(new AlterColumnType(table, current, next), next);
  }

  private void add(SchemaChange step, Column next) {
    steps.add(step);
    current = next;
  }
}
