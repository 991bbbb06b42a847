package dev.keel.schema.diff;

import dev.keel.schema.Identifiers;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Renames a table in place, keeping its rows: {@code alter table users rename to customers}. Only a
 * rename hint ({@link DiffHints}) makes the differ emit one. The table keeps its PostgreSQL schema;
 * constraints, indexes and sequences named after it are renamed by changes of their own.
 *
 * @param from the table's name before, as written
 * @param to the table's name after, as written, in the same PostgreSQL schema
 */
public record RenameTable(TableName from, TableName to) implements SchemaChange {

  /** Checks that every part is present, that the schema stays and that the name changes. */
  public RenameTable {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!Identifiers.same(from.schema(), to.schema())) {
      throw new IllegalArgumentException(
          "A table rename keeps the schema: '" + from + "' cannot become '" + to + "'.");
    }
    Changes.requireNewName(from.name(), to.name());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
