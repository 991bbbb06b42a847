package dev.keel.schema.diff;

import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Renames a column in place, keeping its values: {@code alter table users rename column mail to
 * email}. Only a rename hint ({@link DiffHints}) makes the differ emit one. PostgreSQL follows the
 * column in every constraint, index and default that uses it.
 *
 * @param table the table, as written (its name after any {@link RenameTable} of the same diff)
 * @param from the column's name before, as written
 * @param to the column's name after, as written
 */
public record RenameColumn(TableName table, String from, String to) implements SchemaChange {

  /** Checks that every part is present and that the name changes. */
  public RenameColumn {
    Objects.requireNonNull(table, "table");
    Changes.requireNewName(from, to);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
