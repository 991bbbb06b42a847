package dev.keel.processor.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long statement into readable pieces for the generated source: after each top-level comma
 * inside the outermost parentheses, so a {@code create table} shows one column or constraint per
 * line. Joining the pieces gives back the statement exactly.
 */
final class SqlLayout {

  /** Statements at most this long stay on one line. */
  static final int MAX_ONE_LINE = 80;

  private SqlLayout() {}

  static List<String> pieces(String sql) {
    if (sql.length() <= MAX_ONE_LINE) {
      return List.of(sql);
    }
    List<String> pieces = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    boolean identifier = false;
    int start = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'' && !identifier) {
        quoted = !quoted;
      } else if (c == '"' && !quoted) {
        identifier = !identifier;
      } else if (!quoted && !identifier) {
        if (c == '(') {
          depth++;
          if (depth == 1 && pieces.isEmpty() && start == 0) {
            pieces.add(sql.substring(0, i + 1));
            start = i + 1;
          }
        } else if (c == ')') {
          depth--;
        } else if (c == ',' && depth == 1 && i + 1 < sql.length() && sql.charAt(i + 1) == ' ') {
          pieces.add(sql.substring(start, i + 2));
          start = i + 2;
          i++;
        }
      }
    }
    pieces.add(sql.substring(start));
    return pieces.size() < 3 ? List.of(sql) : pieces;
  }
}
