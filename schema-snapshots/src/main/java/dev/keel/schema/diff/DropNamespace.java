package dev.keel.schema.diff;

import java.util.Objects;

/**
 * Drops a PostgreSQL schema that nothing is put in any more.
 *
 * @param name the PostgreSQL schema, as written
 */
public record DropNamespace(String name) implements SchemaChange {

  /** Checks that every part is present. */
  public DropNamespace {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
