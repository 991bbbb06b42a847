package dev.keel.schema.diff;

import dev.keel.schema.Identifiers;
import java.util.Locale;
import java.util.Map;

/**
 * Renames columns inside an SQL expression the way PostgreSQL does when it renames a column that a
 * check uses: every identifier that names a renamed column is replaced, outside string literals.
 * Identifiers that cannot be a column of the table are left alone: a function name (followed by
 * {@code (}), a type name (after {@code ::}), and either part of a qualified name ({@code a.b}).
 */
final class ExpressionNames {

  private ExpressionNames() {}

  /**
   * {@code expression} with each column in {@code renames} (canonical old name → new name as
   * written) renamed: {@code (mail like '%@%')} becomes {@code (email like '%@%')}.
   */
  static String rename(String expression, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return expression;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      int end;
      String name = null;
      if (c == '\'' || c == '"') {
        end = Identifiers.closingQuote(expression, i) + 1;
        if (c == '"') {
          name = expression.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
        }
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        end = i;
        while (end < expression.length() && Identifiers.isIdentifierPart(expression.charAt(end))) {
          end++;
        }
        if (!Character.isDigit(c)) {
          name = expression.substring(i, end).toLowerCase(Locale.ROOT);
        }
      } else {
        end = i + 1;
      }
      String replacement = name == null ? null : renames.get(name);
      if (replacement != null && isColumnPosition(expression, i, end)) {
        out.append(replacement);
      } else {
        out.append(expression, i, end);
      }
      i = end;
    }
    return out.toString();
  }

  /** Whether the identifier between {@code start} and {@code end} may name a column. */
  private static boolean isColumnPosition(String text, int start, int end) {
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = end;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    boolean qualifiedOrCast =
        before >= 0 && (text.charAt(before) == '.' || text.charAt(before) == ':');
    boolean calledOrQualifier =
        after < text.length() && (text.charAt(after) == '(' || text.charAt(after) == '.');
    return !qualifiedOrCast && !calledOrQualifier;
  }
}
