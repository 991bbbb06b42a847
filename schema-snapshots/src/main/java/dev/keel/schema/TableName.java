package dev.keel.schema;

/**
 * The name of a table as written in DDL, with its PostgreSQL schema: what a change to a table names
 * it by.
 *
 * @param schema the PostgreSQL schema as written, or empty for the default one
 * @param name the table name as written
 */
public record TableName(String schema, String name) {

  /** Checks the name and turns a null schema into the default one. */
  public TableName {
    Sequence.requireName(name);
    schema = schema == null ? "" : schema;
  }

  /** The canonical qualified name that identifies the table, as {@link Table#key()}. */
  public String key() {
    return Identifiers.qualifiedKey(schema, name);
  }

  @Override
  public String toString() {
    return schema.isEmpty() ? name : schema + "." + name;
  }
}
