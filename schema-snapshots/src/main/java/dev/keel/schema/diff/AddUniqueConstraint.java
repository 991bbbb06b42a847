package dev.keel.schema.diff;

import dev.keel.schema.TableName;
import dev.keel.schema.UniqueConstraint;
import java.util.Objects;

/**
 * Adds a unique constraint to an existing table.
 *
 * @param table the table, as written
 * @param uniqueConstraint the new constraint
 */
public record AddUniqueConstraint(TableName table, UniqueConstraint uniqueConstraint)
    implements SchemaChange {

  /** Checks that every part is present. */
  public AddUniqueConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(uniqueConstraint, "uniqueConstraint");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
