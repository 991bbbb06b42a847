package dev.keel.schema.diff;

import dev.keel.schema.Table;
import java.util.Objects;

/**
 * Drops a table, and with it its constraints and indexes.
 *
 * @param table the table as it was, whole
 */
public record DropTable(Table table) implements SchemaChange {

  /** Checks that every part is present. */
  public DropTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
