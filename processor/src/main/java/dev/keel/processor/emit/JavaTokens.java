package dev.keel.processor.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Java lexer: enough to find a migration's {@code @KeelMigration} values and class body,
 * and to checksum its code independently of layout and comments.
 */
final class JavaTokens {

  /** What a token is. */
  enum Kind {
    IDENTIFIER,
    NUMBER,
    STRING,
    CHAR,
    PUNCTUATION
  }

  /** One token. For a string literal or text block, {@code text} is its value (escapes decoded). */
  record Token(Kind kind, String text) {

    boolean is(String punctuationOrWord) {
      return (kind == Kind.PUNCTUATION || kind == Kind.IDENTIFIER)
          && text.equals(punctuationOrWord);
    }
  }

  private JavaTokens() {}

  /** The tokens of {@code source}, comments and white space dropped. */
  static List<Token> tokenize(String source) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        i = textBlock(source, i, out);
      } else if (c == '"') {
        i = quoted(source, i, '"', Kind.STRING, out);
      } else if (c == '\'') {
        i = quoted(source, i, '\'', Kind.CHAR, out);
      } else if (Character.isJavaIdentifierStart(c)) {
        i = identifier(source, i, out);
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
        i = number(source, i, out);
      } else {
        out.add(new Token(Kind.PUNCTUATION, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }

  /** Adds the identifier or keyword at {@code start}; returns the index after it. */
  private static int identifier(String s, int start, List<Token> out) {
    int i = start;
    while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
      i++;
    }
    out.add(new Token(Kind.IDENTIFIER, s.substring(start, i)));
    return i;
  }

  /**
   * Adds the numeric literal at {@code start} (digits, letters, {@code .} and {@code _}); returns
   * the index after it.
   */
  private static int number(String s, int start, List<Token> out) {
    int i = start;
    while (i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i)) || "._".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    out.add(new Token(Kind.NUMBER, s.substring(start, i)));
    return i;
  }

  private static int quoted(String s, int start, char quote, Kind kind, List<Token> out) {
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
      if (s.charAt(i) == '\\' && i + 1 < s.length()) {
        i = escape(s, i, value);
      } else {
        value.append(s.charAt(i++));
      }
    }
    out.add(new Token(kind, value.toString()));
    return Math.min(i + 1, s.length());
  }

  private static int textBlock(String s, int start, List<Token> out) {
    int i = s.indexOf('\n', start + 3);
    i = i < 0 ? s.length() : i + 1;
    StringBuilder value = new StringBuilder();
    while (i < s.length() && !s.startsWith("\"\"\"", i)) {
      if (s.charAt(i) == '\\' && i + 1 < s.length()) {
        i = escape(s, i, value);
      } else {
        value.append(s.charAt(i++));
      }
    }
    out.add(new Token(Kind.STRING, value.toString()));
    return Math.min(i + 3, s.length());
  }

  private static int escape(String s, int i, StringBuilder value) {
    char e = s.charAt(i + 1);
    switch (e) {
      case 'n':
        value.append('\n');
        break;
      case 't':
        value.append('\t');
        break;
      case 'r':
        value.append('\r');
        break;
      case 's':
        value.append(' ');
        break;
      case '\n':
        break; // a text block's line continuation
      default:
        value.append(e);
    }
    return i + 2;
  }
}
