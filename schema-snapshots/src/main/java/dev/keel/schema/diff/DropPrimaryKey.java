package dev.keel.schema.diff;

import dev.keel.schema.PrimaryKey;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Drops the primary key of a table that stays.
 *
 * @param table the table, as written
 * @param primaryKey the primary key as it was
 */
public record DropPrimaryKey(TableName table, PrimaryKey primaryKey) implements SchemaChange {

  /** Checks that every part is present. */
  public DropPrimaryKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(primaryKey, "primaryKey");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
