package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Identifiers;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which columns a check may depend on: its column, and every identifier in its expression outside
 * string literals. Keywords and function names are included too; the answer only has to err on the
 * side of "yes".
 */
final class CheckMentions {

  private CheckMentions() {}

  /** Whether {@code check} may use one of {@code columnKeys} (canonical column names). */
  static boolean any(CheckConstraint check, Set<String> columnKeys) {
    if (check.column() != null && columnKeys.contains(Identifiers.canonical(check.column()))) {
      return true;
    }
    return identifiers(check.expression()).stream().anyMatch(columnKeys::contains);
  }

  /** The canonical identifiers in an SQL expression. */
  static Set<String> identifiers(String expression) {
    Set<String> found = new TreeSet<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(expression, i);
        if (c == '"') {
          found.add(expression.substring(i + 1, end).replace("\"\"", "\""));
        }
        i = end + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < expression.length() && isIdentifierPart(expression.charAt(end))) {
          end++;
        }
        found.add(expression.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The index of the quote closing the literal or identifier opened at {@code open}. */
  private static int closing(String text, int open) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length() - 1;
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
