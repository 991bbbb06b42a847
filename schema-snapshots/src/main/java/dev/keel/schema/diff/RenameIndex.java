package dev.keel.schema.diff;

import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Renames an index whose definition stays: {@code alter index IDXold rename to IDXnew}.
 *
 * @param table the indexed table, as written (the index lives in its PostgreSQL schema)
 * @param from the index's name before, as written
 * @param to the index's name after, as written
 */
public record RenameIndex(TableName table, String from, String to) implements SchemaChange {

  /** Checks that every part is present and that the name changes. */
  public RenameIndex {
    Objects.requireNonNull(table, "table");
    Changes.requireNewName(from, to);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
