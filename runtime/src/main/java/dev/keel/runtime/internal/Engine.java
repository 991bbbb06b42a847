package dev.keel.runtime.internal;

import dev.keel.runtime.Migration;
import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import dev.keel.runtime.MigrationResult;
import dev.keel.runtime.MigrationResult.Operation;
import dev.keel.runtime.MigrationResult.Step;
import dev.keel.runtime.MigrationStatus;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out each {@link dev.keel.runtime.Migrator} operation: reads the index and the history,
 * plans, validates, takes the lock when something must change, and applies or reverts.
 */
public final class Engine {

  private static final String NOTHING_APPLIED = "Nothing was applied.";
  private static final String NOTHING_REVERTED = "Nothing was reverted.";

  private final Settings settings;
  private final HistoryTable history;
  private final Planner planner;

  /** An engine for one operation with {@code settings}. */
  public Engine(Settings settings) {
    this.settings = settings;
    this.history = new HistoryTable(settings.schema(), settings.historyTable());
    this.planner = new Planner(settings.target(), settings.outOfOrder(), history.qualifiedName());
  }

  /** {@link dev.keel.runtime.Migrator#run()}. */
  public MigrationResult run() {
    List<IndexEntry> code = index();
    try (Session session = Session.open(settings.dataSource())) {
      // First without the lock: with nothing pending this is the whole run, one query.
      Plan plan = planner.plan(code, readHistory(session.connection()));
      List<String> warnings = gate(plan, "nothing was applied");
      if (plan.pending().isEmpty()) {
        return upToDate(plan, warn(warnings));
      }
      if (settings.dryRun()) {
        return dryRun(Operation.RUN, plan.pending(), true, plan, warn(warnings));
      }
      return runLocked(session, code);
    } catch (SQLException e) {
      throw database("run migrations", e);
    }
  }

  private MigrationResult runLocked(Session session, List<IndexEntry> code) throws SQLException {
    try (AdvisoryLock lock = lock(session.connection())) {
      session.prepare(settings.schema());
      Connection connection = session.connection();
      // Again under the lock: another instance may have applied everything while we waited.
      Plan plan = planner.plan(code, readHistory(connection));
      List<String> warnings = warn(gate(plan, "nothing was applied"));
      if (plan.pending().isEmpty()) {
        return upToDate(plan, warnings);
      }
      // every class first: one that cannot be loaded must stop the run before anything changes
      List<Migration> migrations = loader().instantiateAll(plan.pending(), NOTHING_APPLIED);
      Path backup = settings.backupDirectory() == null ? null : backupBefore(connection, plan);
      history.createIfMissing(connection);
      Log.info(
          () ->
              "Applying "
                  + plan.pending().size()
                  + " migration(s) to "
                  + history.displayName()
                  + ", from version "
                  + plan.currentVersion());
      return applyAll(connection, plan, migrations, warnings, backup);
    }
  }

  private MigrationResult applyAll(
      Connection connection,
      Plan plan,
      List<Migration> migrations,
      List<String> warnings,
      Path backup) {
    Applier applier = new Applier(history);
    List<Step> steps = new ArrayList<>();
    long started = System.nanoTime();
    long version = plan.currentVersion();
    for (int i = 0; i < migrations.size(); i++) {
      IndexEntry entry = plan.pending().get(i);
      Step step = applier.apply(connection, entry, migrations.get(i));
      steps.add(step);
      version = Math.max(version, entry.version());
      Log.info(() -> describe("Applied", step));
    }
    long total = (System.nanoTime() - started) / 1_000_000;
    long finalVersion = version;
    Log.info(
        () ->
            "Applied "
                + steps.size()
                + " migration(s) in "
                + total
                + " ms; schema version "
                + finalVersion);
    return new MigrationResult(Operation.RUN, steps, false, version, warnings, backup);
  }

  /** {@link dev.keel.runtime.Migrator#revertTo(long)}; {@code toVersion} -1 means the last one. */
  public MigrationResult revert(long toVersion) {
    List<IndexEntry> code = index();
    try (Session session = Session.open(settings.dataSource())) {
      if (settings.dryRun()) {
        return revertPlanned(session.connection(), code, toVersion);
      }
      try (AdvisoryLock lock = lock(session.connection())) {
        session.prepare(settings.schema());
        return revertPlanned(session.connection(), code, toVersion);
      }
    } catch (SQLException e) {
      throw database("revert migrations", e);
    }
  }

  private MigrationResult revertPlanned(Connection connection, List<IndexEntry> code, long to)
      throws SQLException {
    List<AppliedMigration> rows = readHistory(connection);
    Planner revertPlanner = new Planner(Long.MAX_VALUE, true, history.qualifiedName());
    Plan plan = revertPlanner.plan(code, rows);
    List<String> warnings = warn(gate(plan, "nothing was reverted"));
    List<IndexEntry> targets = RevertChoice.choose(code, rows, to, history.displayName());
    if (targets.isEmpty()) {
      Log.info(() -> "Nothing to revert in " + history.displayName());
      return new MigrationResult(
          Operation.REVERT, List.of(), settings.dryRun(), plan.currentVersion(), warnings, null);
    }
    if (settings.dryRun()) {
      return dryRun(Operation.REVERT, targets, false, plan, warnings);
    }
    // every class first: one that cannot be loaded must stop the revert before anything changes
    List<Migration> migrations = loader().instantiateAll(targets, NOTHING_REVERTED);
    Applier applier = new Applier(history);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      IndexEntry entry = targets.get(i);
      Step step = applier.revert(connection, entry, migrations.get(i));
      steps.add(step);
      Log.info(() -> describe("Reverted", step));
    }
    long version = RevertChoice.highestRemaining(rows, targets);
    return new MigrationResult(Operation.REVERT, steps, false, version, warnings, null);
  }

  /** {@link dev.keel.runtime.Migrator#status()}. */
  public List<MigrationStatus> status() {
    return planWithoutLock(true).statuses();
  }

  /** {@link dev.keel.runtime.Migrator#validate()}. */
  public List<String> validate() {
    return planWithoutLock(false).problems();
  }

  private Plan planWithoutLock(boolean withStatuses) {
    List<IndexEntry> code = index();
    try (Session session = Session.open(settings.dataSource())) {
      if (withStatuses) {
        return planner.planWithStatuses(
            code, history.read(session.connection(), true).orElse(List.of()));
      }
      return planner.plan(code, readHistory(session.connection()));
    } catch (SQLException e) {
      throw database("read " + history.displayName(), e);
    }
  }

  /** {@link dev.keel.runtime.Migrator#baseline()}: at the newest version the index lists. */
  public MigrationResult baselineAtNewest() {
    List<IndexEntry> code = index();
    if (code.isEmpty()) {
      throw new MigrationException(
          Reason.CONFIGURATION,
          "Cannot baseline at the newest migration: no migration index ("
              + settings.indexResource()
              + ") on the class path lists any. Give the version to baseline at: baseline(version),"
              + " or baseline V on the command line.",
          null);
    }
    return baseline(code.get(code.size() - 1).version());
  }

  /** {@link dev.keel.runtime.Migrator#baseline(long)}. */
  public MigrationResult baseline(long version) {
    try (Session session = Session.open(settings.dataSource());
        AdvisoryLock lock = lock(session.connection())) {
      session.prepare(settings.schema());
      Connection connection = session.connection();
      List<AppliedMigration> rows = readHistory(connection);
      if (!rows.isEmpty()) {
        throw new MigrationException(
            Reason.CONFIGURATION,
            "Cannot baseline: "
                + history.displayName()
                + " already has "
                + rows.size()
                + " row(s), up to version "
                + rows.get(rows.size() - 1).version()
                + ". A baseline adopts only a database that Keel has not migrated yet.",
            null);
      }
      history.createIfMissing(connection);
      history.insertBaseline(connection, version);
      Log.info(() -> "Baselined " + history.displayName() + " at version " + version);
      Step step = new Step(version, "<< baseline >>", 0, true, List.of());
      return new MigrationResult(
          Operation.BASELINE, List.of(step), false, version, List.of(), null);
    } catch (SQLException e) {
      throw database("baseline", e);
    }
  }

  /** {@link dev.keel.runtime.Migrator#backup(Path)}. */
  public Path backup(Path file) {
    try (Session session = Session.open(settings.dataSource())) {
      tools().dump(ConnectionTarget.of(session.connection()), file);
      return file;
    } catch (SQLException e) {
      throw database("read the connection's address for pg_dump", e);
    }
  }

  /** {@link dev.keel.runtime.Migrator#restore(Path)}: under the lock, so no run interferes. */
  public void restore(Path file) {
    try (Session session = Session.open(settings.dataSource());
        AdvisoryLock lock = lock(session.connection())) {
      tools().restore(ConnectionTarget.of(session.connection()), file);
    } catch (SQLException e) {
      throw database("read the connection's address for pg_restore", e);
    }
  }

  private Path backupBefore(Connection connection, Plan plan) throws SQLException {
    ConnectionTarget target = ConnectionTarget.of(connection);
    Path file = PgTools.backupFileIn(settings.backupDirectory(), target, plan.currentVersion());
    tools().dump(target, file);
    Log.info(() -> "Backed up " + target.database() + " to " + file);
    return file;
  }

  private PgTools tools() {
    return new PgTools(settings.pgBinDirectory(), settings.pgPassword());
  }

  /**
   * The lock of the history table as {@code connection} resolves its name, so that runs naming the
   * same table with and without its schema share one lock.
   */
  private AdvisoryLock lock(Connection connection) throws SQLException {
    long key = AdvisoryLock.keyFor(history.resolvedName(connection));
    return AdvisoryLock.acquire(settings.dataSource(), key, settings.lockTimeout());
  }

  private MigrationLoader loader() {
    return new MigrationLoader(settings.effectiveClassLoader());
  }

  private List<IndexEntry> index() {
    return MigrationIndexReader.read(settings.effectiveClassLoader(), settings.indexResource());
  }

  /** The history as planning needs it (versions, names, checksums, kinds). */
  private List<AppliedMigration> readHistory(Connection connection) throws SQLException {
    return history.read(connection, false).orElse(List.of());
  }

  /** Throws when validation problems stop the operation; else returns them, as warnings. */
  private List<String> gate(Plan plan, String consequence) {
    if (plan.problems().isEmpty()) {
      return List.of();
    }
    if (settings.failOnValidationError()) {
      StringBuilder m = new StringBuilder("Validation failed, ").append(consequence).append(':');
      for (String problem : plan.problems()) {
        m.append("\n  - ").append(problem);
      }
      throw new MigrationException(Reason.VALIDATION_FAILED, m.toString(), null);
    }
    return plan.problems();
  }

  /** Logs validation problems that do not stop the operation; returns them. */
  private static List<String> warn(List<String> problems) {
    for (String problem : problems) {
      Log.warn(() -> problem);
    }
    return problems;
  }

  private MigrationResult upToDate(Plan plan, List<String> warnings) {
    return new MigrationResult(
        Operation.RUN, List.of(), settings.dryRun(), plan.currentVersion(), warnings, null);
  }

  private MigrationResult dryRun(
      Operation operation, List<IndexEntry> entries, boolean up, Plan plan, List<String> warnings) {
    List<Migration> migrations =
        loader().instantiateAll(entries, up ? NOTHING_APPLIED : NOTHING_REVERTED);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      steps.add(Applier.dryRun(entries.get(i), migrations.get(i), up));
    }
    Log.info(
        () -> "Dry run: " + steps.size() + " migration(s) would " + (up ? "run" : "be reverted"));
    return new MigrationResult(operation, steps, true, plan.currentVersion(), warnings, null);
  }

  /**
   * One line per migration, for the log and the command line: {@code Applied 2 AddNameToUsers in 3
   * ms}, with {@code (non-transactional)} when it ran outside a transaction.
   */
  public static String describe(String verb, Step step) {
    return verb
        + " "
        + step.version()
        + " "
        + step.name()
        + " in "
        + step.executionMillis()
        + " ms"
        + (step.transactional() ? "" : " (non-transactional)");
  }

  private MigrationException database(String what, SQLException e) {
    return new MigrationException(
        Reason.DATABASE,
        "Cannot "
            + what
            + ": "
            + e.getMessage()
            + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]"),
        e);
  }

  /** Logging through {@link System.Logger}, looked up only when something is logged. */
  static final class Log {
    private Log() {}

    static void info(java.util.function.Supplier<String> message) {
      logger().log(Level.INFO, message);
    }

    static void warn(java.util.function.Supplier<String> message) {
      logger().log(Level.WARNING, message);
    }

    private static System.Logger logger() {
      return System.getLogger("dev.keel.runtime");
    }
  }
}
