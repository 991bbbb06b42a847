package dev.keel.processor.emit;

import dev.keel.processor.emit.JavaTokens.Kind;
import dev.keel.processor.emit.JavaTokens.Token;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a migration: SHA-256 over the tokens of its class body, so that what runs is
 * covered and layout is not. Comments, white space and line endings do not count; string literals
 * joined with {@code +} count as one, and runs of white space inside them as one space, so
 * re-wrapping a long statement or reformatting the file changes nothing. The class's annotations
 * (where the recorded checksum itself lives) are outside the body. 16 hex digits.
 */
public final class MigrationChecksum {

  private MigrationChecksum() {}

  /** The checksum of the first class body in {@code source}. */
  public static String of(String source) {
    return ofTokens(classBody(JavaTokens.tokenize(source)));
  }

  static String ofTokens(List<Token> body) {
    StringBuilder canonical = new StringBuilder();
    for (Token t : joinStrings(body)) {
      String text = t.kind() == Kind.STRING ? collapse(t.text()) : t.text();
      canonical.append(t.kind().ordinal()).append(':').append(text).append('\n');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The tokens between the braces of the first top-level class, record or enum declaration. */
  static List<Token> classBody(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size()
        && !(tokens.get(i).is("class") || tokens.get(i).is("record") || tokens.get(i).is("enum"))) {
      i++;
    }
    while (i < tokens.size() && !tokens.get(i).is("{")) {
      i++;
    }
    int depth = 0;
    int start = i + 1;
    for (int j = i; j < tokens.size(); j++) {
      if (tokens.get(j).is("{")) {
        depth++;
      } else if (tokens.get(j).is("}") && --depth == 0) {
        return tokens.subList(start, j);
      }
    }
    return tokens.subList(Math.min(start, tokens.size()), tokens.size());
  }

  private static List<Token> joinStrings(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.STRING) {
        StringBuilder joined = new StringBuilder(t.text());
        while (i + 2 < tokens.size()
            && tokens.get(i + 1).is("+")
            && tokens.get(i + 2).kind() == Kind.STRING) {
          joined.append(tokens.get(i + 2).text());
          i += 2;
        }
        out.add(new Token(Kind.STRING, joined.toString()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static String collapse(String s) {
    return s.trim().replaceAll("\\s+", " ");
  }
}
