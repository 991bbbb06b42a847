package dev.keel.schema;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint name; PostgreSQL's implicit {@code <table>_pkey} unless the mapping
 *     names one
 * @param columns the key columns, in key order
 */
public record PrimaryKey(String name, List<String> columns) {

  /** Checks the name and copies the columns, of which there must be some. */
  public PrimaryKey {
    Sequence.requireName(name);
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Primary key '" + name + "' has no columns.");
    }
  }

  /** The canonical name that identifies this constraint. */
  public String key() {
    return Identifiers.canonical(name);
  }
}
