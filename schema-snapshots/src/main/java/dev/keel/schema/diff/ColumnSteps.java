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
 * differs from what a fresh {@code create table} stores.
 */
final class ColumnSteps {

  private ColumnSteps() {}

  static List<SchemaChange> of(TableName table, Column from, Column to) {
    List<SchemaChange> steps = new ArrayList<>();
    Column current = from;
    boolean typeChanges = !Same.type(from, to);
    if (from.identity() && !to.identity()) {
      Column next = current.withIdentity(false);
      steps.add(new AlterColumnIdentity(table, current, next));
      current = next;
    }
    if (typeChanges && from.defaultValue() != null) {
      Column next = current.withDefault(null);
      steps.add(new AlterColumnDefault(table, current, next));
      current = next;
    }
    if (typeChanges) {
      Column next =
          new Column(
              current.name(),
              to.type(),
              current.nullable(),
              current.defaultValue(),
              current.identity(),
              to.customType());
      steps.add(new AlterColumnType(table, current, next));
      current = next;
    }
    if (!Same.defaultValue(current, to)) {
      Column next = current.withDefault(to.defaultValue());
      steps.add(new AlterColumnDefault(table, current, next));
      current = next;
    }
    if (current.nullable() != to.nullable()) {
      Column next = current.withNullable(to.nullable());
      steps.add(new AlterColumnNullability(table, current, next));
      current = next;
    }
    if (!from.identity() && to.identity()) {
      steps.add(new AlterColumnIdentity(table, current, current.withIdentity(true)));
    }
    return steps;
  }
}
