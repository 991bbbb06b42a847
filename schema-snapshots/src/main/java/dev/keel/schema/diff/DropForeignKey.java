package dev.keel.schema.diff;

import dev.keel.schema.ForeignKey;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Drops a foreign key.
 *
 * @param table the table, as written
 * @param foreignKey the foreign key as it was
 */
public record DropForeignKey(TableName table, ForeignKey foreignKey) implements SchemaChange {

  /** Checks that every part is present. */
  public DropForeignKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
