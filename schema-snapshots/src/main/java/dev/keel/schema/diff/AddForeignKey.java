package dev.keel.schema.diff;

import dev.keel.schema.ForeignKey;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Adds a foreign key; always after every table exists, so cycles need no care.
 *
 * @param table the table, as written
 * @param foreignKey the new foreign key
 */
public record AddForeignKey(TableName table, ForeignKey foreignKey) implements SchemaChange {

  /** Checks that every part is present. */
  public AddForeignKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
