package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads the migration index (docs/migration-index.md) from every copy of the resource on a class
 * path, and merges them into one list sorted by version. Loads no migration class.
 */
public final class MigrationIndexReader {

  /** The resource the processor writes. */
  public static final String DEFAULT_RESOURCE = "META-INF/keel/migrations.index";

  /** The first line of an index in the one format this reader knows. */
  public static final String HEADER = "# keel migration index 1";

  private static final String HEADER_PREFIX = "# keel migration index ";

  private MigrationIndexReader() {}

  /**
   * Every migration listed in any copy of {@code resource} visible to {@code loader}, by version.
   *
   * @throws MigrationException if an index is malformed or two entries share a version
   */
  public static List<IndexEntry> read(ClassLoader loader, String resource) {
    TreeMap<Long, IndexEntry> byVersion = new TreeMap<>();
    Enumeration<URL> urls;
    try {
      urls = loader.getResources(resource);
    } catch (IOException e) {
      throw new MigrationException(
          Reason.CONFIGURATION, "Cannot list the migration index '" + resource + "': " + e, e);
    }
    while (urls.hasMoreElements()) {
      URL url = urls.nextElement();
      // whole bytes into one String, then plain index scans: cheaper in a cold JVM than a Reader
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (IndexEntry entry : parse(url.toString(), text)) {
          IndexEntry earlier = byVersion.putIfAbsent(entry.version(), entry);
          if (earlier != null) {
            throw duplicate(earlier, entry);
          }
        }
      } catch (IOException e) {
        throw new MigrationException(
            Reason.CONFIGURATION, "Cannot read the migration index " + url + ": " + e, e);
      }
    }
    return List.copyOf(byVersion.values());
  }

  /** The newest version in any copy of {@code resource} visible to {@code loader}; 0 if none. */
  public static long newestVersion(ClassLoader loader, String resource) {
    List<IndexEntry> entries = read(loader, resource);
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).version();
  }

  /** Parses one index; {@code source} names it in messages. Lines end in LF (or CRLF). */
  public static List<IndexEntry> parse(String source, String text) {
    List<IndexEntry> entries = new ArrayList<>();
    int lineNumber = 0;
    int start = 0;
    while (start < text.length() || lineNumber == 0) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lineNumber++;
      start = end < 0 ? text.length() : end + 1;
      if (lineNumber == 1) {
        checkHeader(source, line);
      } else if (!line.isBlank() && !line.startsWith("#")) {
        entries.add(parseLine(source, lineNumber, line));
      }
    }
    return entries;
  }

  private static void checkHeader(String source, String header) {
    if (!header.startsWith(HEADER_PREFIX)) {
      throw malformed(source, 1, "the first line must be '" + HEADER + "'");
    }
    if (!header.equals(HEADER)) {
      throw malformed(
          source,
          1,
          "format '"
              + header.substring(HEADER_PREFIX.length())
              + "' is not known to this Keel runtime (it reads format 1); use a keel-runtime as new"
              + " as the keel-processor that wrote it");
    }
  }

  private static IndexEntry parseLine(String source, int lineNumber, String line) {
    String[] fields = new String[4];
    int start = 0;
    for (int i = 0; i < 4; i++) {
      int tab = line.indexOf('\t', start);
      int end = tab < 0 ? line.length() : tab;
      if (start > line.length() || (tab < 0 && i < 3)) {
        throw malformed(
            source, lineNumber, "expected version, name, class and checksum separated by tabs");
      }
      fields[i] = line.substring(start, end);
      start = end + 1;
    }
    long version = parseVersion(source, lineNumber, fields[0]);
    if (fields[1].isEmpty() || fields[2].isEmpty()) {
      throw malformed(source, lineNumber, "the name and the class must not be empty");
    }
    if (!isChecksum(fields[3])) {
      throw malformed(source, lineNumber, "the checksum must be 16 lower-case hex digits");
    }
    return new IndexEntry(version, fields[1], fields[2], fields[3], source);
  }

  private static long parseVersion(String source, int lineNumber, String text) {
    try {
      long version = Long.parseLong(text);
      if (version > 0 && text.charAt(0) != '+') {
        return version;
      }
    } catch (NumberFormatException e) {
      // reported below, with the line
    }
    throw malformed(source, lineNumber, "the version '" + text + "' is not a positive number");
  }

  private static boolean isChecksum(String text) {
    if (text.length() != 16) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static MigrationException malformed(String source, int line, String what) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "Malformed migration index "
            + source
            + " line "
            + line
            + ": "
            + what
            + ". The index is written by keel-processor at compile time: rebuild the module.",
        null);
  }

  private static MigrationException duplicate(IndexEntry earlier, IndexEntry later) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "Version "
            + later.version()
            + " is listed twice: '"
            + earlier.name()
            + "' ("
            + earlier.className()
            + " in "
            + earlier.source()
            + ") and '"
            + later.name()
            + "' ("
            + later.className()
            + " in "
            + later.source()
            + "). Give one of them the next free version (rename its class and its"
            + " @KeelMigration version) and rebuild.",
        null);
  }
}
