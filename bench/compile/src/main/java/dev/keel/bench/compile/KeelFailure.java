package dev.keel.bench.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a failed Keel compile printed, condensed for the report. */
final class KeelFailure {

  private static final Pattern KEY = Pattern.compile("error: \\[keel/(\\w+)\\]");

  private KeelFailure() {}

  /**
   * One paragraph: javac's exit code, the errors by Keel message key, and the first error as
   * printed.
   */
  static String summarize(Measurement m) throws IOException {
    List<String> lines = Files.readAllLines(m.log(), StandardCharsets.UTF_8);
    Map<String, Integer> byKey = new TreeMap<>();
    String first = "";
    int errors = 0;
    for (String line : lines) {
      if (line.contains(": error: ")) {
        errors++;
        if (first.isEmpty()) {
          first = shorten(line);
        }
      }
      Matcher k = KEY.matcher(line);
      if (k.find()) {
        byKey.merge("keel/" + k.group(1), 1, Integer::sum);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("javac exit ").append(m.exitCode()).append(", ").append(errors).append(" errors");
    byKey.forEach((key, n) -> out.append("; ").append(n).append(" x [").append(key).append(']'));
    if (!first.isEmpty()) {
      out.append("; first: ").append(first);
    }
    return out.toString();
  }

  /** The error line without the directories before the file name. */
  private static String shorten(String line) {
    int colon = line.indexOf(".java:");
    int slash = colon < 0 ? -1 : line.lastIndexOf('/', colon);
    return slash < 0 ? line : line.substring(slash + 1);
  }
}
