package dev.keel.schema;

/**
 * A sequence, as {@code create sequence <name> start with <start> increment by <increment>}.
 *
 * @param schema the PostgreSQL schema, or empty for the default one
 * @param name the name as written in DDL
 * @param start the first value
 * @param increment the increment; Hibernate checks it equals the generator's allocation size
 */
public record Sequence(String schema, String name, long start, long increment) {

  /**
   * Checks the name and the increment (not zero, as PostgreSQL requires) and turns a null schema
   * into the default one.
   */
  public Sequence {
    requireName(name);
    schema = schema == null ? "" : schema;
    ModelChecks.sequence(name, increment);
  }

  /** The canonical qualified name that identifies this sequence. */
  public String key() {
    return Identifiers.qualifiedKey(schema, name);
  }

  static void requireName(String name) {
    if (!ModelChecks.hasName(name)) {
      throw new IllegalArgumentException("A name is missing.");
    }
  }
}
