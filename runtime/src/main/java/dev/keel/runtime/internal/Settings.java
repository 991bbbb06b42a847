package dev.keel.runtime.internal;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A {@link dev.keel.runtime.Migrator}'s configuration, as its builder collected it.
 *
 * @param schema the schema of the history table and first on the migrations' search path, or null
 *     for the connection's current schema
 * @param target the highest version to apply
 * @param backupDirectory where to write a backup before applying, or null for none
 * @param classLoader where to find the index and the migration classes, or null for the thread's
 *     context class loader (else Keel's)
 * @param pgBinDirectory the directory of {@code pg_dump}, {@code pg_restore} and {@code psql}, or
 *     null to find them on the {@code PATH}
 * @param pgPassword the password the client tools get through {@code PGPASSWORD}, or null
 */
public record Settings(
    DataSource dataSource,
    String schema,
    String historyTable,
    long target,
    boolean dryRun,
    Path backupDirectory,
    boolean outOfOrder,
    boolean failOnValidationError,
    Duration lockTimeout,
    ClassLoader classLoader,
    String indexResource,
    Path pgBinDirectory,
    String pgPassword) {

  /** The class loader to read the index and load migrations from. */
  public ClassLoader effectiveClassLoader() {
    return classLoader != null ? classLoader : defaultClassLoader();
  }

  /** The class loader used when none is configured: the thread's context one, else Keel's. */
  public static ClassLoader defaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Settings.class.getClassLoader();
  }
}
