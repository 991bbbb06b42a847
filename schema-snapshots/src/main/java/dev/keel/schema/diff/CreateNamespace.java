package dev.keel.schema.diff;

import java.util.Objects;

/**
 * Creates a PostgreSQL schema (a namespace) that tables or sequences are put in.
 *
 * @param name the PostgreSQL schema, as written
 */
public record CreateNamespace(String name) implements SchemaChange {

  /** Checks that every part is present. */
  public CreateNamespace {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
