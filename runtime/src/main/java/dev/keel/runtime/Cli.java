package dev.keel.runtime;

import dev.keel.runtime.MigrationResult.Step;
import dev.keel.runtime.internal.CliArgs;
import dev.keel.runtime.internal.CliArgs.UsageException;
import dev.keel.runtime.internal.Engine;
import dev.keel.runtime.internal.MigrationIndexReader;
import dev.keel.runtime.internal.MigrationSkeleton;
import dev.keel.runtime.internal.Settings;
import dev.keel.runtime.internal.StatusTable;
import dev.keel.runtime.internal.UrlDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keel's command line: {@code java -cp <application class path> dev.keel.runtime.Cli <command>}.
 * Run it with no arguments, or {@code --help}, for the usage. Exit codes: 0 success, 1 a migration
 * (or the lock, a backup, the database) failed, 2 a usage or validation error.
 */
public final class Cli {

  /** What {@code --help} prints. */
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -cp <application class path> dev.keel.runtime.Cli <command> [options]",
          "",
          "Commands:",
          "  run                 apply pending migrations",
          "      [--target V] [--dry-run] [--out-of-order] [--ignore-validation] [--backup-dir DIR]",
          "  revert [--to V]     undo the last applied migration, or all above version V",
          "  status              list every migration and its state",
          "  validate            check applied migrations against the code",
          "  baseline [V]        adopt an existing schema as version V (default: the newest)",
          "  new <Name>          write an empty migration V<next>__<Name>.java",
          "      [--dir src/main/java] [--package db.migration]",
          "  backup [file]       pg_dump the database (custom format; plain SQL if *.sql)",
          "  restore <file>      pg_restore the file (psql -f for *.sql)",
          "",
          "Connection (else from DB_HOST, DB_PORT, DB_USER, DB_PASS, DB_NAME):",
          "  --url URL           JDBC URL, such as jdbc:postgresql://localhost:5432/app",
          "  --user USER  --password PASSWORD",
          "Settings:",
          "  --schema S          schema of the history table, first on the search path",
          "  --table T           history table (default keel_schema_history)",
          "  --lock-timeout SEC  how long to wait for another run's lock (default 600)",
          "  --index RESOURCE    index resource (default META-INF/keel/migrations.index)",
          "  --pg-bin DIR        directory of pg_dump, pg_restore and psql (default: PATH)",
          "",
          "Exit codes: 0 success, 1 a migration or the database failed, 2 usage or validation"
              + " error.",
          "");

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  Cli(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** Runs one command and exits with its exit code. */
  public static void main(String[] args) {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      // one line per message, as a command line tool should; applications keep their own setup
      System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
    }
    System.exit(new Cli(System.getenv(), System.out, System.err).execute(args));
  }

  /** Runs one command; returns its exit code. */
  int execute(String[] args) {
    try {
      CliArgs a = CliArgs.parse(args);
      if (a.flag("help")) {
        out.print(USAGE);
        return 0;
      }
      if (a.command() == null) {
        throw new UsageException("no command given");
      }
      return dispatch(a);
    } catch (UsageException e) {
      err.println("keel: " + e.getMessage());
      err.println();
      err.print(USAGE);
      return 2;
    } catch (MigrationException e) {
      err.println("keel: " + e.getMessage());
      return exitCode(e);
    } catch (IllegalArgumentException e) {
      // an option value the builder refuses, such as a blank --schema
      err.println("keel: " + e.getMessage());
      err.println();
      err.print(USAGE);
      return 2;
    } catch (RuntimeException | Error e) {
      // a message and an exit code, not a stack trace, even for an Error
      err.println("keel: unexpected error: " + e);
      return 1;
    }
  }

  private int dispatch(CliArgs a) throws UsageException {
    switch (a.command()) {
      case "run":
        a.expectOperands(0, 0);
        return printRun(migrator(a).run());
      case "revert":
        a.expectOperands(0, 0);
        Migrator m = migrator(a);
        return printRun(a.option("to") == null ? m.revert() : m.revertTo(a.number("to", 0)));
      case "status":
        a.expectOperands(0, 0);
        out.print(StatusTable.render(migrator(a).status()));
        return 0;
      case "validate":
        a.expectOperands(0, 0);
        return printValidation(migrator(a).validate());
      case "baseline":
        a.expectOperands(0, 1);
        return baseline(a);
      case "new":
        a.expectOperands(1, 1);
        return newMigration(a);
      case "backup":
        a.expectOperands(0, 1);
        return backup(a);
      case "restore":
        a.expectOperands(1, 1);
        migrator(a).restore(Path.of(a.operands().get(0)));
        out.println("Restored " + a.operands().get(0));
        return 0;
      default:
        throw new UsageException("unknown command '" + a.command() + "'");
    }
  }

  private Migrator migrator(CliArgs a) throws UsageException {
    String user = a.option("user") != null ? a.option("user") : env.get("DB_USER");
    String password = a.option("password") != null ? a.option("password") : env.get("DB_PASS");
    Migrator.Builder b = Migrator.builder(new UrlDataSource(url(a), user, password));
    if (password != null) {
      b.pgPassword(password);
    }
    if (a.option("schema") != null) {
      b.schema(a.option("schema"));
    }
    if (a.option("table") != null) {
      b.historyTable(a.option("table"));
    }
    if (a.option("index") != null) {
      b.indexResource(a.option("index"));
    }
    if (a.option("pg-bin") != null) {
      b.pgBinDirectory(Path.of(a.option("pg-bin")));
    }
    if (a.option("backup-dir") != null) {
      b.backupBeforeApplying(Path.of(a.option("backup-dir")));
    }
    b.lockTimeout(Duration.ofSeconds(a.number("lock-timeout", 600)));
    b.target(a.number("target", Long.MAX_VALUE));
    b.dryRun(a.flag("dry-run"));
    b.outOfOrder(a.flag("out-of-order"));
    b.failOnValidationError(!a.flag("ignore-validation"));
    return b.build();
  }

  private String url(CliArgs a) throws UsageException {
    if (a.option("url") != null) {
      if (!a.option("url").startsWith("jdbc:postgresql:")) {
        throw new UsageException("--url must be a PostgreSQL JDBC URL (jdbc:postgresql://...)");
      }
      return a.option("url");
    }
    String name = env.get("DB_NAME");
    if (name == null || name.isBlank()) {
      throw new UsageException(
          "no database: give --url, or set DB_NAME (and DB_HOST, DB_PORT, DB_USER, DB_PASS)");
    }
    String host = env.getOrDefault("DB_HOST", "localhost");
    long port = CliArgs.number(env.getOrDefault("DB_PORT", "5432"), "DB_PORT");
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  private int printRun(MigrationResult result) {
    String verb = result.operation() == MigrationResult.Operation.REVERT ? "reverted" : "applied";
    for (Step step : result.steps()) {
      if (result.dryRun()) {
        String tx = step.transactional() ? "" : " (non-transactional)";
        out.println("Would have " + verb + " " + step.version() + " " + step.name() + tx + ":");
        for (String sql : step.statements()) {
          out.println("    " + sql.strip() + (sql.strip().endsWith(";") ? "" : ";"));
        }
      } else {
        out.println(Engine.describe(capitalize(verb), step));
      }
    }
    for (String warning : result.warnings()) {
      out.println("Warning: " + warning);
    }
    result.backup().ifPresent(file -> out.println("Backup: " + file));
    String what = result.steps().isEmpty() ? "Nothing to do" : result.steps().size() + " " + verb;
    out.println(
        what
            + (result.dryRun() ? " (dry run)" : "")
            + "; schema version "
            + result.schemaVersion()
            + ".");
    return 0;
  }

  private int printValidation(List<String> problems) {
    if (problems.isEmpty()) {
      out.println("Valid: the history matches the code.");
      return 0;
    }
    out.println("Validation failed:");
    for (String problem : problems) {
      out.println("  - " + problem);
    }
    return 2;
  }

  private int baseline(CliArgs a) throws UsageException {
    MigrationResult result;
    if (a.operands().isEmpty()) {
      result = migrator(a).baseline();
    } else {
      long version = CliArgs.number(a.operands().get(0), "the baseline version");
      if (version == 0) {
        throw new UsageException("the baseline version must be positive");
      }
      result = migrator(a).baseline(version);
    }
    out.println("Baselined at version " + result.schemaVersion() + ".");
    return 0;
  }

  private int newMigration(CliArgs a) throws UsageException {
    String dir = a.option("dir") != null ? a.option("dir") : "src/main/java";
    String pkg = a.option("package") != null ? a.option("package") : "db.migration";
    String index = a.option("index") != null ? a.option("index") : Migrator.DEFAULT_INDEX_RESOURCE;
    // the index on the class path knows migrations kept outside that folder (other modules)
    long newestIndexed = MigrationIndexReader.newestVersion(Settings.defaultClassLoader(), index);
    try {
      Path file = MigrationSkeleton.write(Path.of(dir), pkg, a.operands().get(0), newestIndexed);
      out.println("Created " + file);
      return 0;
    } catch (MigrationSkeleton.Refused e) {
      err.println("keel: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("keel: cannot write the migration: " + e);
      return 1;
    }
  }

  private int backup(CliArgs a) throws UsageException {
    Path file =
        a.operands().isEmpty()
            ? Path.of(
                "keel-backup-"
                    + LocalDateTime.now()
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT))
                    + ".dump")
            : Path.of(a.operands().get(0));
    migrator(a).backup(file);
    out.println("Backed up to " + file);
    return 0;
  }

  /** The exit code for a failure. */
  static int exitCode(MigrationException e) {
    switch (e.reason()) {
      case VALIDATION_FAILED:
      case CONFIGURATION:
        return 2;
      default:
        return 1;
    }
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
