package dev.keel.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name the constraint name: the user's, or the one PostgreSQL gives an unnamed constraint
 *     ({@code <table>_<columns>_key}), so that later migrations can drop it
 * @param columns the columns, in declared order
 */
public record UniqueConstraint(String name, List<String> columns) {

  /** Checks the name and copies the columns. */
  public UniqueConstraint {
    Sequence.requireName(name);
    columns = List.copyOf(columns);
  }

  /** The canonical name that identifies this constraint. */
  public String key() {
    return Identifiers.canonical(name);
  }
}
