package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Drops a check constraint from a table that stays.
 *
 * @param table the table, as written
 * @param check the check as it was
 */
public record DropCheck(TableName table, CheckConstraint check) implements SchemaChange {

  /** Checks that every part is present. */
  public DropCheck {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(check, "check");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
