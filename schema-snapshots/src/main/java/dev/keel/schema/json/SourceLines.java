package dev.keel.schema.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Finds lines in the raw snapshot text: merge-conflict markers, and where a JSON node starts. */
final class SourceLines {

  /** The markers git writes at the start of a line around a conflict (diff3 style included). */
  private static final Pattern CONFLICT_MARKER = Pattern.compile("(<{7}|\\|{7}|={7}|>{7})( .*)?");

  private static final JsonFactory FACTORY = new JsonFactory();

  private SourceLines() {}

  /** The 1-based line of the first merge-conflict marker, or 0 when there is none. */
  static int firstConflictMarker(byte[] bytes) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (CONFLICT_MARKER.matcher(line).matches()) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The 1-based line where the node at {@code target} starts (its member name when it is an object
   * member), or 0 when it cannot be found.
   */
  static int lineOf(byte[] bytes, JsonPointer target) {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        boolean startsNode =
            token == JsonToken.FIELD_NAME
                || token.isScalarValue()
                || token == JsonToken.START_OBJECT
                || token == JsonToken.START_ARRAY;
        if (startsNode && parser.getParsingContext().pathAsPointer().equals(target)) {
          return parser.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
