package dev.keel.schema.diff;

import dev.keel.schema.Index;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Creates a (non-unique) index.
 *
 * @param table the table, as written
 * @param index the new index
 */
public record CreateIndex(TableName table, Index index) implements SchemaChange {

  /** Checks that every part is present. */
  public CreateIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
