package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Identifiers;
import java.util.Set;

/**
 * Whether a check may depend on some columns: its own column, or any identifier in its expression
 * ({@link Identifiers#inExpression}). The answer errs on the side of "yes".
 */
final class CheckMentions {

  private CheckMentions() {}

  /** Whether {@code check} may use one of {@code columnKeys} (canonical column names). */
  static boolean any(CheckConstraint check, Set<String> columnKeys) {
    if (check.column() != null && columnKeys.contains(Identifiers.canonical(check.column()))) {
      return true;
    }
    return Identifiers.inExpression(check.expression()).stream().anyMatch(columnKeys::contains);
  }
}
