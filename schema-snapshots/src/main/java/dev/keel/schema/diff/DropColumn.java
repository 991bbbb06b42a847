package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Drops a column from a table that stays.
 *
 * @param table the table, as written
 * @param column the column as it was
 */
public record DropColumn(TableName table, Column column) implements SchemaChange {

  /** Checks that every part is present. */
  public DropColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
