package dev.keel.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exact expected output kept as files under {@code src/test/resources/goldens}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them from the actual output, then review the diff.
 */
public final class Goldens {

  private static final Path ROOT = Path.of("src/test/resources/goldens");

  private Goldens() {}

  /** Asserts {@code actual} equals the golden file {@code name}, or rewrites it on request. */
  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(
            "no golden file " + file + "; run with -Dgolden.update=true to create it");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the content of {@code actualFile} equals the golden file {@code name}. */
  public static void assertFileMatches(String name, Path actualFile) {
    try {
      assertMatches(name, Files.readString(actualFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
