package dev.keel.schema.diff;

import dev.keel.schema.PrimaryKey;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Adds a primary key to an existing table.
 *
 * @param table the table, as written
 * @param primaryKey the new primary key
 */
public record AddPrimaryKey(TableName table, PrimaryKey primaryKey) implements SchemaChange {

  /** Checks that every part is present. */
  public AddPrimaryKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(primaryKey, "primaryKey");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
