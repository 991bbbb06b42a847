package dev.keel.schema.diff;

import dev.keel.schema.Table;
import java.util.Objects;

/**
 * Creates a table with its columns, primary key, unique constraints and checks. Its indexes and
 * foreign keys follow as {@link CreateIndex} and {@link AddForeignKey} changes.
 *
 * @param table the new table, whole
 */
public record CreateTable(Table table) implements SchemaChange {

  /** Checks that every part is present. */
  public CreateTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
