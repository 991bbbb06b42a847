package dev.keel.schema;

/**
 * A check constraint.
 *
 * @param name the constraint name: the user's, or the one PostgreSQL gives an unnamed check ({@code
 *     <table>_<column>_check} when the expression uses one column, else {@code <table>_check})
 * @param column the column a column-level check belongs to (Hibernate writes those inline, e.g. for
 *     enums), or null for a table-level check
 * @param expression the condition as written inside {@code check (...)}, e.g. {@code (color in
 *     ('RED','GREEN'))}
 */
public record CheckConstraint(String name, String column, String expression) {

  /** Checks that there is a name and an expression. */
  public CheckConstraint {
    Sequence.requireName(name);
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException("Check '" + name + "' has no expression.");
    }
  }

  /** The canonical name that identifies this constraint. */
  public String key() {
    return Identifiers.canonical(name);
  }
}
