package dev.keel.bench.migrate;

import dev.keel.runtime.internal.UrlDataSource;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures, on one PostgreSQL, for the floor, Keel and Flyway: a run with nothing pending over 200
 * applied migrations (in-process, and as a whole JVM from start to exit), and applying 1000 small
 * migrations to an empty database. Prints one table.
 *
 * <p>Options: {@code --applied N} (200), {@code --migrations N} (1000), {@code --noop-runs N} (60),
 * {@code --jvm-runs N} (61), {@code --apply-runs N} (5), {@code --work DIR}
 * (bench/migrate/target/bench-work).
 */
public final class MigrateBench {

  private static final String DB_PREFIX = "keel_bench_";
  private static final Contender[] ALL = Contender.values();

  private final Server server;
  private final Options options;
  private final Workload workload;
  private final Map<Contender, Samples> inProcess = new EnumMap<>(Contender.class);
  private final Map<Contender, Samples> wholeJvm = new EnumMap<>(Contender.class);
  private final Map<Contender, Samples> applying = new EnumMap<>(Contender.class);

  private MigrateBench(Server server, Options options, Workload workload) {
    this.server = server;
    this.options = options;
    this.workload = workload;
    for (Contender c : ALL) {
      inProcess.put(c, new Samples());
      wholeJvm.put(c, new Samples());
      applying.put(c, new Samples());
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    // both Keel and Flyway log through java.util.logging here; keep the terminal for the table
    Logger.getLogger("").setLevel(Level.WARNING);
    Server server = Server.fromEnvironment();
    System.err.println(
        "Preparing " + options.migrations + " generated migrations in " + options.work);
    Workload workload = Workload.prepare(options.work, options.migrations, options.applied);
    MigrateBench bench = new MigrateBench(server, options, workload);
    try {
      bench.measure();
    } finally {
      bench.dropDatabases();
    }
    System.out.print(Report.render(bench, server.describe()));
  }

  private void measure() throws Exception {
    System.err.println("Setting up databases with " + options.applied + " applied migrations");
    for (Contender c : ALL) {
      server.recreate(noopDb(c));
      int n =
          c.apply(
              server.dataSource(noopDb(c)),
              keelLoader(options.applied),
              workload.flywayLocation(options.applied),
              options.applied);
      check(c, n, options.applied);
    }
    System.err.println("No-op runs in-process (" + options.noopRuns + " each)");
    measureInProcess();
    System.err.println("No-op runs as whole JVMs (" + options.jvmRuns + " each)");
    measureJvm();
    System.err.println(
        "Applying " + options.migrations + " migrations (" + options.applyRuns + " each)");
    measureApply();
  }

  private void measureInProcess() throws Exception {
    ClassLoader loader = keelLoader(options.applied);
    Path location = workload.flywayLocation(options.applied);
    int warmup = Math.max(5, options.noopRuns / 3);
    for (int i = -warmup; i < options.noopRuns; i++) {
      for (Contender c : rotated(i)) {
        UrlDataSource ds = server.dataSource(noopDb(c));
        long t = System.nanoTime();
        c.noop(ds, loader, location);
        long took = System.nanoTime() - t;
        if (i >= 0) {
          inProcess.get(c).add(took);
        }
      }
    }
  }

  private void measureJvm() throws Exception {
    for (int i = -2; i < options.jvmRuns; i++) {
      for (Contender c : rotated(i)) {
        long took = runJvm(c);
        if (i >= 0) {
          wholeJvm.get(c).add(took);
        }
      }
    }
  }

  private long runJvm(Contender c) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("java.class.path")
            + File.pathSeparator
            + workload.keelClasses()
            + File.pathSeparator
            + workload.keelIndex(options.applied);
    UrlDataSource ds = server.dataSource(noopDb(c));
    Path log = options.work.resolve("child-" + c.label() + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                classPath,
                NoopMain.class.getName(),
                c.name(),
                ds.url(),
                orDash(server.user),
                orDash(server.password),
                workload.flywayLocation(options.applied).toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    long t = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    long took = System.nanoTime() - t;
    if (exit != 0) {
      throw new IllegalStateException(
          c.label() + " child JVM exited with " + exit + ":\n" + Files.readString(log));
    }
    return took;
  }

  private void measureApply() throws Exception {
    // one untimed round on the smaller set first, so that no contender pays for JIT warm-up alone
    for (int i = -1; i < options.applyRuns; i++) {
      int n = i < 0 ? options.applied : options.migrations;
      for (Contender c : rotated(i)) {
        String db = DB_PREFIX + "apply_" + c.label();
        server.recreate(db);
        ClassLoader loader = keelLoader(n);
        long t = System.nanoTime();
        int applied = c.apply(server.dataSource(db), loader, workload.flywayLocation(n), n);
        long took = System.nanoTime() - t;
        check(c, applied, n);
        if (i >= 0) {
          applying.get(c).add(took);
        }
        server.drop(db);
      }
    }
  }

  private void dropDatabases() throws Exception {
    for (Contender c : ALL) {
      server.drop(noopDb(c));
      server.drop(DB_PREFIX + "apply_" + c.label());
    }
  }

  /** A fresh loader over the generated classes and the index of the first {@code n}. */
  private ClassLoader keelLoader(int n) throws IOException {
    return new URLClassLoader(
        new URL[] {workload.keelClasses().toUri().toURL(), workload.keelIndex(n).toUri().toURL()},
        MigrateBench.class.getClassLoader());
  }

  private static List<Contender> rotated(int round) {
    List<Contender> order = new ArrayList<>();
    int start = Math.floorMod(round, ALL.length);
    for (int i = 0; i < ALL.length; i++) {
      order.add(ALL[(start + i) % ALL.length]);
    }
    return order;
  }

  private static void check(Contender c, int applied, int expected) {
    if (applied != expected) {
      throw new IllegalStateException(c.label() + " applied " + applied + ", not " + expected);
    }
  }

  private static String noopDb(Contender c) {
    return DB_PREFIX + "noop_" + c.label();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  Options options() {
    return options;
  }

  Samples inProcess(Contender c) {
    return inProcess.get(c);
  }

  Samples wholeJvm(Contender c) {
    return wholeJvm.get(c);
  }

  Samples applying(Contender c) {
    return applying.get(c);
  }

  /** Command line options. */
  static final class Options {
    int applied = 200;
    int migrations = 1000;
    int noopRuns = 60;
    int jvmRuns = 61;
    int applyRuns = 5;
    Path work = Path.of("bench/migrate/target/bench-work");

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i + 1 < args.length; i += 2) {
        String v = args[i + 1];
        switch (args[i]) {
          case "--applied" -> o.applied = Integer.parseInt(v);
          case "--migrations" -> o.migrations = Integer.parseInt(v);
          case "--noop-runs" -> o.noopRuns = Integer.parseInt(v);
          case "--jvm-runs" -> o.jvmRuns = Integer.parseInt(v);
          case "--apply-runs" -> o.applyRuns = Integer.parseInt(v);
          case "--work" -> o.work = Path.of(v);
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + args[i]
                      + String.format(
                          Locale.ROOT,
                          "%nOptions: --applied N --migrations N --noop-runs N"
                              + " --jvm-runs N --apply-runs N --work DIR"));
        }
      }
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
      }
      if (o.applied > o.migrations) {
        throw new IllegalArgumentException("--applied must not exceed --migrations");
      }
      return o;
    }
  }
}
