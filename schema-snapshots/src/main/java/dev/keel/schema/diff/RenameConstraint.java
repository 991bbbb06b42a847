package dev.keel.schema.diff;

import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Renames a primary key, unique, foreign-key or check constraint whose definition stays: {@code
 * alter table customers rename constraint users_pkey to customers_pkey}. PostgreSQL renames the
 * index behind a primary key or unique constraint with it.
 *
 * @param table the table, as written
 * @param from the constraint's name before, as written
 * @param to the constraint's name after, as written
 */
public record RenameConstraint(TableName table, String from, String to) implements SchemaChange {

  /** Checks that every part is present and that the name changes. */
  public RenameConstraint {
    Objects.requireNonNull(table, "table");
    Changes.requireNewName(from, to);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
