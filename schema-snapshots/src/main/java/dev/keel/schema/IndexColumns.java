package dev.keel.schema;

import java.util.Locale;

/**
 * Reads the entries of {@link Index#columns()}: a column name, optionally followed by a sort order.
 */
public final class IndexColumns {

  private IndexColumns() {}

  /** The column name of an entry: {@code colB} for {@code "colB desc"}. */
  public static String name(String entry) {
    String trimmed = entry.trim();
    int space = orderStart(trimmed);
    return space < 0 ? trimmed : trimmed.substring(0, space).trim();
  }

  /** Whether an entry sorts descending ({@code "colB desc"}). */
  public static boolean descending(String entry) {
    String trimmed = entry.trim();
    int space = orderStart(trimmed);
    return space >= 0 && trimmed.substring(space).trim().equalsIgnoreCase("desc");
  }

  /**
   * The canonical form two entries are compared by: the canonical column name, plus {@code " desc"}
   * when descending ({@code asc} is PostgreSQL's default and is dropped).
   */
  public static String canonical(String entry) {
    return Identifiers.canonical(name(entry)) + (descending(entry) ? " desc" : "");
  }

  /** Where the sort order starts in a trimmed entry, or -1 when it has none. */
  private static int orderStart(String trimmed) {
    int space = trimmed.lastIndexOf(' ');
    if (space < 0) {
      return -1;
    }
    String order = trimmed.substring(space + 1).toLowerCase(Locale.ROOT);
    return order.equals("asc") || order.equals("desc") ? space : -1;
  }
}
