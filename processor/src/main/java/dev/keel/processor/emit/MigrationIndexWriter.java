package dev.keel.processor.emit;

import java.util.Comparator;
import java.util.List;

/**
 * Writes the migration index the runtime reads instead of scanning the class path (format:
 * docs/migration-index.md): one line per migration, sorted by version.
 */
public final class MigrationIndexWriter {

  /** Where the index goes in the class output. */
  public static final String RESOURCE = "META-INF/keel/migrations.index";

  private MigrationIndexWriter() {}

  /** The index text for these migrations. */
  public static String write(List<MigrationSource> migrations) {
    StringBuilder b = new StringBuilder("# keel migration index 1\n");
    migrations.stream()
        .sorted(Comparator.comparingLong(MigrationSource::version))
        .forEach(
            m ->
                b.append(m.version())
                    .append('\t')
                    .append(m.name())
                    .append('\t')
                    .append(m.className())
                    .append('\t')
                    .append(m.checksum())
                    .append('\n'));
    return b.toString();
  }
}
