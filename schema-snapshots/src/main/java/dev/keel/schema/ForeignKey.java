package dev.keel.schema;

import java.util.List;

/**
 * A foreign key ({@code alter table .. add constraint .. foreign key (..) references ..}), never
 * with an {@code on delete} action, as in Hibernate.
 *
 * @param name the constraint name: the user's, or Hibernate's {@code FK<hash>}
 * @param columns the referencing columns, in order
 * @param referencedSchema the referenced table's PostgreSQL schema, or empty for the default one
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one to one
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedSchema,
    String referencedTable,
    List<String> referencedColumns) {

  /**
   * Checks the names, that both column lists have the same length and that the referenced columns
   * are named and distinct, and copies the lists.
   */
  public ForeignKey {
    Sequence.requireName(name);
    Sequence.requireName(referencedTable);
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    referencedSchema = referencedSchema == null ? "" : referencedSchema;
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "Foreign key '"
              + name
              + "' has "
              + columns.size()
              + " columns but references "
              + referencedColumns.size()
              + ".");
    }
    ModelChecks.foreignKey(name, referencedColumns);
  }

  /** The canonical name that identifies this constraint. */
  public String key() {
    return Identifiers.canonical(name);
  }

  /** The referenced table's schema and name. */
  public TableName referencedTableName() {
    return new TableName(referencedSchema, referencedTable);
  }

  /** The canonical qualified name of the referenced table, see {@link Table#key()}. */
  public String referencedKey() {
    return Identifiers.qualifiedKey(referencedSchema, referencedTable);
  }
}
