package dev.keel.runtime;

import dev.keel.runtime.internal.Engine;
import dev.keel.runtime.internal.MigrationIndexReader;
import dev.keel.runtime.internal.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Applies, reverts, reports and validates the migrations listed in the migration index.
 *
 * <p>The one call an application makes, in {@code main} before it serves anything:
 *
 * <pre>{@code
 * Migrator.run(dataSource);
 * }</pre>
 *
 * <p>Any number of instances may do so at once: a PostgreSQL session-level advisory lock, held on a
 * connection of its own, lets one of them apply what is pending while the others wait, then find
 * nothing left to do. Each migration commits together with its history row. With nothing pending a
 * run costs one connection and one query, and takes no lock. The {@link DataSource} must be able to
 * hand out two connections at once (one for the lock, one for the migrations).
 *
 * <p>For anything but the defaults, use {@link #builder(DataSource)}.
 */
public final class Migrator {

  /** The history table's default name. */
  public static final String DEFAULT_HISTORY_TABLE = "keel_schema_history";

  /** The index resource the processor writes. */
  public static final String DEFAULT_INDEX_RESOURCE = MigrationIndexReader.DEFAULT_RESOURCE;

  /** How long a run waits for another run's lock by default. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

  private final Settings settings;

  private Migrator(Settings settings) {
    this.settings = settings;
  }

  /**
   * Applies every pending migration, in version order, with the default settings.
   *
   * @throws MigrationException if validation fails, the lock cannot be had in time, or a migration
   *     fails (earlier migrations stay applied)
   */
  public static MigrationResult run(DataSource dataSource) {
    return builder(dataSource).build().run();
  }

  /** Undoes the last applied migration, with the default settings. */
  public static MigrationResult revert(DataSource dataSource) {
    return builder(dataSource).build().revert();
  }

  /** Every migration and where it stands, with the default settings. */
  public static List<MigrationStatus> status(DataSource dataSource) {
    return builder(dataSource).build().status();
  }

  /** The problems that would stop a run, with the default settings; empty when there are none. */
  public static List<String> validate(DataSource dataSource) {
    return builder(dataSource).build().validate();
  }

  /** Adopts a database whose schema is already at {@code version}, with the default settings. */
  public static MigrationResult baseline(DataSource dataSource, long version) {
    return builder(dataSource).build().baseline(version);
  }

  /** A builder for a migrator over {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Applies pending migrations in version order, up to the target version.
   *
   * <p>Reads the history first without any lock; when something is pending, takes the migration
   * lock, reads the history again, validates, takes the backup if one is configured, and applies
   * each pending migration, each in a transaction with its history row unless it is
   * non-transactional. A dry run reports what would run and changes nothing.
   *
   * @throws MigrationException if validation fails (before anything is applied), the lock cannot be
   *     had in time, the backup fails (before anything is applied), or a migration fails (it is
   *     rolled back; earlier ones stay applied)
   */
  public MigrationResult run() {
    return new Engine(settings).run();
  }

  /** Undoes the last applied migration with its {@code down}, and removes its history row. */
  public MigrationResult revert() {
    return new Engine(settings).revert(-1);
  }

  /**
   * Undoes, newest first, every applied migration above {@code version}, so that {@code version} is
   * the last one applied afterwards; {@code revertTo(0)} undoes them all.
   */
  public MigrationResult revertTo(long version) {
    if (version < 0) {
      throw new IllegalArgumentException("version must be 0 or more: " + version);
    }
    return new Engine(settings).revert(version);
  }

  /** Every migration in the code or the history, by version, with where it stands. */
  public List<MigrationStatus> status() {
    return new Engine(settings).status();
  }

  /**
   * The problems that would stop a run: applied migrations changed since or missing from the code,
   * and out-of-order pending ones unless allowed. Each problem is one sentence naming the migration
   * and one saying how to fix it. Empty when there are none.
   */
  public List<String> validate() {
    return new Engine(settings).validate();
  }

  /**
   * Adopts a database whose schema already is what the migrations up to {@code version} build (for
   * example one made by {@code hbm2ddl}): records a baseline at {@code version}, so that runs apply
   * only later migrations. Refused when the history already has rows.
   */
  public MigrationResult baseline(long version) {
    if (version <= 0) {
      throw new IllegalArgumentException("baseline version must be positive: " + version);
    }
    return new Engine(settings).baseline(version);
  }

  /**
   * Adopts a database whose schema already is what all the migrations in the code build: {@link
   * #baseline(long)} at the newest version the migration index lists.
   *
   * @throws MigrationException with {@link MigrationException.Reason#CONFIGURATION} when the index
   *     lists no migration, or the history already has rows
   */
  public MigrationResult baseline() {
    return new Engine(settings).baselineAtNewest();
  }

  /**
   * Writes a backup of the database to {@code file} with {@code pg_dump}: custom format, or a plain
   * SQL script when the name ends in {@code .sql}. The file is readable by its owner only.
   *
   * @return the file
   */
  public Path backup(Path file) {
    return new Engine(settings).backup(file);
  }

  /**
   * Restores a backup into the database with {@code pg_restore --clean --if-exists} (or {@code psql
   * -f} for a {@code .sql} file). Objects created after the backup and absent from it stay.
   */
  public void restore(Path file) {
    new Engine(settings).restore(file);
  }

  /** Collects a migrator's settings. Every setting has a default; see each method. */
  public static final class Builder {
    private final DataSource dataSource;
    private String schema;
    private String historyTable = DEFAULT_HISTORY_TABLE;
    private long target = Long.MAX_VALUE;
    private boolean dryRun;
    private Path backupDirectory;
    private boolean outOfOrder;
    private boolean failOnValidationError = true;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private ClassLoader classLoader;
    private String indexResource = DEFAULT_INDEX_RESOURCE;
    private Path pgBinDirectory;
    private String pgPassword;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The schema that holds the history table, created if missing, and is put first on the
     * migrations' {@code search_path}. Default: none, so the history table lives in the
     * connection's current schema and the search path is left alone. Taken literally (quoted).
     */
    public Builder schema(String schema) {
      this.schema = requireName(schema, "schema");
      return this;
    }

    /**
     * The history table's name, taken literally (quoted). Default {@value #DEFAULT_HISTORY_TABLE}.
     */
    public Builder historyTable(String name) {
      this.historyTable = requireName(name, "historyTable");
      return this;
    }

    /** Apply nothing above this version. Default: everything. */
    public Builder target(long version) {
      if (version < 0) {
        throw new IllegalArgumentException("target must be 0 or more: " + version);
      }
      this.target = version;
      return this;
    }

    /**
     * Report what would run, with each migration's statements, and change nothing: no lock, no
     * history table, no backup. Applies to {@link #run()} and the revert methods. Default off.
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Before applying anything, write a {@code pg_dump} backup (custom format) into this directory,
     * created if missing; only when something is pending. A missing or failing {@code pg_dump}
     * stops the run before any migration is applied. Default: no backup.
     */
    public Builder backupBeforeApplying(Path directory) {
      this.backupDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Apply pending migrations whose version is below the highest applied one. Default off: such
     * migrations are a validation problem.
     */
    public Builder outOfOrder(boolean allow) {
      this.outOfOrder = allow;
      return this;
    }

    /**
     * Whether validation problems (changed, missing or out-of-order migrations) stop a run or
     * revert before anything is changed. Default on; when off, they are logged and returned as
     * warnings, and out-of-order migrations are skipped unless {@link #outOfOrder} allows them.
     */
    public Builder failOnValidationError(boolean fail) {
      this.failOnValidationError = fail;
      return this;
    }

    /** How long to wait for another run's lock. Default {@link #DEFAULT_LOCK_TIMEOUT}. */
    public Builder lockTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("lockTimeout must not be negative: " + timeout);
      }
      this.lockTimeout = timeout;
      return this;
    }

    /**
     * Where the migration index and migration classes are found. Default: the thread's context
     * class loader, else the one that loaded Keel.
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * The index resource to read instead of {@value #DEFAULT_INDEX_RESOURCE}, for applications (and
     * tests) that keep several migration sets apart.
     */
    public Builder indexResource(String resource) {
      this.indexResource = requireName(resource, "indexResource");
      return this;
    }

    /**
     * The directory holding {@code pg_dump}, {@code pg_restore} and {@code psql}. Default: found on
     * the {@code PATH}.
     */
    public Builder pgBinDirectory(Path directory) {
      this.pgBinDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * The password {@code pg_dump}, {@code pg_restore} and {@code psql} use; it reaches them as
     * {@code PGPASSWORD} in their environment, never as an argument. Default: a {@code password}
     * parameter of the JDBC URL if there is one, else what the environment or {@code ~/.pgpass}
     * provides.
     */
    public Builder pgPassword(String password) {
      this.pgPassword = password;
      return this;
    }

    /** The migrator. */
    public Migrator build() {
      return new Migrator(
          new Settings(
              dataSource,
              schema,
              historyTable,
              target,
              dryRun,
              backupDirectory,
              outOfOrder,
              failOnValidationError,
              lockTimeout,
              classLoader,
              indexResource,
              pgBinDirectory,
              pgPassword));
    }

    private static String requireName(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return value;
    }
  }
}
