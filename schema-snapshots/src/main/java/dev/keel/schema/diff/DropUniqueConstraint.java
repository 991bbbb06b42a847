package dev.keel.schema.diff;

import dev.keel.schema.TableName;
import dev.keel.schema.UniqueConstraint;
import java.util.Objects;

/**
 * Drops a unique constraint from a table that stays.
 *
 * @param table the table, as written
 * @param uniqueConstraint the constraint as it was
 */
public record DropUniqueConstraint(TableName table, UniqueConstraint uniqueConstraint)
    implements SchemaChange {

  /** Checks that every part is present. */
  public DropUniqueConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(uniqueConstraint, "uniqueConstraint");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
