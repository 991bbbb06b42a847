package dev.keel.schema.diff;

import dev.keel.schema.Index;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Drops an index from a table that stays.
 *
 * @param table the table, as written
 * @param index the index as it was
 */
public record DropIndex(TableName table, Index index) implements SchemaChange {

  /** Checks that every part is present. */
  public DropIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
