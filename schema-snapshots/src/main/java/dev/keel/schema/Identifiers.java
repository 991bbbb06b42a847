package dev.keel.schema;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** PostgreSQL identifier rules: quoting, and the canonical form two names are compared by. */
public final class Identifiers {

  /** A name PostgreSQL stores unchanged when it is written without quotes. */
  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

  private Identifiers() {}

  /** Whether {@code name} is written as a quoted identifier ({@code "user"}). */
  public static boolean isQuoted(String name) {
    return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"");
  }

  /**
   * The name as PostgreSQL stores it: a quoted name without its quotes (and with doubled quotes
   * undone), an unquoted name folded to lower case.
   */
  public static String canonical(String name) {
    if (isQuoted(name)) {
      return name.substring(1, name.length() - 1).replace("\"\"", "\"");
    }
    return name.toLowerCase(Locale.ROOT);
  }

  /** The canonical form of each name, in order. */
  public static List<String> canonical(List<String> names) {
    return names.stream().map(Identifiers::canonical).toList();
  }

  /** Quotes {@code name} unless it already is quoted. */
  public static String quote(String name) {
    return isQuoted(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** Whether two names denote the same PostgreSQL object name. */
  public static boolean same(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  /**
   * The canonical key of a possibly schema-qualified name, {@code schema.name} or {@code name} for
   * the default schema ({@code schema} empty).
   */
  public static String qualifiedKey(String schema, String name) {
    return schema.isEmpty() ? canonical(name) : canonical(schema) + "." + canonical(name);
  }

  /**
   * How to write a name whose stored (canonical) form is {@code canonical}: unquoted when folding
   * leaves it unchanged (lower-case letters, digits, {@code _} and {@code $}, not starting with a
   * digit or {@code $}), else quoted. It does not quote SQL keywords; the names PostgreSQL gives
   * constraints ({@code users_pkey}) never are one.
   */
  public static String asWritten(String canonical) {
    return PLAIN.matcher(canonical).matches()
        ? canonical
        : "\"" + canonical.replace("\"", "\"\"") + "\"";
  }

  /**
   * The canonical names of the identifiers an SQL expression mentions outside string literals:
   * {@code lo < "Hi" and kind in ('a', 'b')} gives {@code [Hi, and, in, kind, lo]}. Keywords and
   * function names come along; intersect with a table's column names to find the columns a check
   * may reference.
   */
  public static Set<String> inExpression(String expression) {
    Set<String> found = new TreeSet<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closingQuote(expression, i);
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
    return Collections.unmodifiableSet(found);
  }

  /**
   * The index of the quote closing the SQL string literal ({@code '...'}) or quoted identifier
   * ({@code "..."}) opened at {@code open}; a doubled quote inside does not close it. The last
   * index of {@code text} if nothing closes it.
   */
  public static int closingQuote(String text, int open) {
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

  /** Whether {@code c} can continue an unquoted SQL identifier. */
  public static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
