package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Adds a column to an existing table.
 *
 * @param table the table, as written
 * @param column the new column
 */
public record AddColumn(TableName table, Column column) implements SchemaChange {

  /** Checks that every part is present. */
  public AddColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
