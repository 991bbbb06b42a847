package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders {@link dev.keel.runtime.Migrator#status()} as a plain-text table. */
public final class StatusTable {

  private static final String[] HEADER = {
    "Version", "Name", "State", "Applied at (UTC)", "By", "ms", "Tx"
  };
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private StatusTable() {}

  /** The table, one line per migration, with a header, and a summary line. */
  public static String render(List<MigrationStatus> statuses) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (MigrationStatus s : statuses) {
      rows.add(row(s));
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      appendRow(out, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[HEADER.length];
        for (int i = 0; i < rule.length; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, rule, widths);
      }
    }
    out.append(summary(statuses)).append('\n');
    return out.toString();
  }

  private static String[] row(MigrationStatus s) {
    String at = "";
    String by = "";
    String ms = "";
    String tx = "";
    if (s.applied().isPresent()) {
      MigrationStatus.Applied a = s.applied().get();
      at = TIME.format(a.at());
      by = a.by();
      ms = Long.toString(a.executionMillis());
      tx = a.transactional() ? "yes" : "no";
    }
    String state = s.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new String[] {Long.toString(s.version()), s.name(), state, at, by, ms, tx};
  }

  private static void appendRow(StringBuilder out, String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      boolean numeric = i == 0 || i == 5;
      String cell = row[i];
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(numeric ? pad + cell : cell + pad);
      if (i < row.length - 1) {
        line.append("  ");
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String summary(List<MigrationStatus> statuses) {
    long version = 0;
    int[] counts = new int[MigrationStatus.State.values().length];
    for (MigrationStatus s : statuses) {
      counts[s.state().ordinal()]++;
      if (s.applied().isPresent()) {
        version = Math.max(version, s.version());
      }
    }
    StringBuilder sb = new StringBuilder("Schema version ").append(version);
    for (MigrationStatus.State state : MigrationStatus.State.values()) {
      if (counts[state.ordinal()] > 0) {
        sb.append(", ").append(counts[state.ordinal()]).append(' ');
        sb.append(state.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return sb.append('.').toString();
  }
}
