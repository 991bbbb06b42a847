package dev.keel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationIndexReaderTest {

  private static final String HEADER = MigrationIndexReader.HEADER + "\n";
  private static final String SUM = "0123456789abcdef\n";

  @Test
  void parse_documentedExample_readsEveryField() {
    List<IndexEntry> entries =
        parse(
            "# keel migration index 1\n"
                + "1\tCreateUsersTable\tcom.example.db.V0001__CreateUsersTable\t3f9c0a5e1d2b7c44\n"
                + "2\tAddProfilePictureToUsers\tcom.example.db.V0002__AddProfilePictureToUsers"
                + "\t8a1b2c3d4e5f6071\n");

    assertEquals(
        new IndexEntry(
            2,
            "AddProfilePictureToUsers",
            "com.example.db.V0002__AddProfilePictureToUsers",
            "8a1b2c3d4e5f6071",
            "test"),
        entries.get(1));
  }

  @Test
  void parse_commentsBlankLinesAndExtraFields_areIgnored() {
    List<IndexEntry> entries =
        parse(
            "# keel migration index 1\n# a comment\n\n"
                + "7\tX\ta.V0007__X\t0123456789abcdef\tsome\tlater\tfield\n");

    assertEquals(1, entries.size());
    assertEquals("0123456789abcdef", entries.get(0).checksum());
  }

  @Test
  void parse_windowsLineEndsAndNoFinalNewline_areFine() {
    List<IndexEntry> entries =
        parse(
            "# keel migration index 1\r\n1\tA\ta.V0001__A\t0123456789abcdef\r\n"
                + "2\tB\ta.V0002__B\tfedcba9876543210");

    assertEquals(2, entries.size());
    assertEquals("fedcba9876543210", entries.get(1).checksum());
  }

  @Test
  void parse_emptyText_isRefused() {
    assertMalformed("", "line 1");
  }

  @Test
  void parse_unknownFormat_isRefusedWithTheFix() {
    MigrationException e =
        assertThrows(MigrationException.class, () -> parse("# keel migration index 2\n"));

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertTrue(e.getMessage().contains("format '2' is not known"), e.getMessage());
  }

  @Test
  void parse_malformedLines_areRefusedWithLineNumber() {
    assertMalformed("no header\n", "line 1");
    assertMalformed("# keel migration index 1\n1\tX\ta.X\n", "line 2: expected version");
    assertMalformed("# keel migration index 1\n\nx\tX\ta.X\t0123456789abcdef\n", "line 3");
    assertMalformed("# keel migration index 1\n0\tX\ta.X\t0123456789abcdef\n", "positive");
    assertMalformed("# keel migration index 1\n1\tX\ta.X\t0123456789ABCDEF\n", "checksum");
    assertMalformed("# keel migration index 1\n1\t\ta.X\t0123456789abcdef\n", "empty");
  }

  @Test
  void read_entriesFromSeveralResources_sortedByNumericVersion(@TempDir Path temp)
      throws IOException {
    Path first = temp.resolve("first.index");
    Path second = temp.resolve("second.index");
    Files.writeString(first, HEADER + "2\tB\ta.V0002__B\t" + SUM + "10\tJ\ta.V0010__J\t" + SUM);
    Files.writeString(second, HEADER + "9\tI\tb.V0009__I\t" + SUM + "1\tA\tb.V0001__A\t" + SUM);
    ClassLoader twoIndexes =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Enumeration<URL> findResources(String name) throws IOException {
            return Collections.enumeration(List.of(first.toUri().toURL(), second.toUri().toURL()));
          }
        };

    List<IndexEntry> entries = MigrationIndexReader.read(twoIndexes, "only-here.index");

    assertEquals(List.of(1L, 2L, 9L, 10L), entries.stream().map(IndexEntry::version).toList());
    assertTrue(entries.get(0).source().endsWith("second.index"), entries.get(0).source());
    assertTrue(entries.get(1).source().endsWith("first.index"), entries.get(1).source());
  }

  @Test
  void read_noSuchResource_isEmpty() {
    assertEquals(List.of(), MigrationIndexReader.read(getClass().getClassLoader(), "nothing"));
  }

  private static void assertMalformed(String text, String expected) {
    MigrationException e = assertThrows(MigrationException.class, () -> parse(text));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("Malformed migration index test"), e.getMessage());
  }

  private static List<IndexEntry> parse(String text) {
    return MigrationIndexReader.parse("test", text);
  }
}
