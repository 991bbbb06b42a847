package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Adds a check constraint to an existing table.
 *
 * @param table the table, as written
 * @param check the new check
 */
public record AddCheck(TableName table, CheckConstraint check) implements SchemaChange {

  /** Checks that every part is present. */
  public AddCheck {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(check, "check");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
