package dev.keel.bench.online;

import dev.keel.schema.Schema;
import dev.keel.schema.diff.SchemaChange;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.sql.PostgresDdl;
import dev.keel.schema.sql.RenderOptions;
import dev.keel.schema.sql.Rendered;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * For each {@link Operation}, in a database of its own: builds {@code items} with a million rows,
 * starts a writer that inserts a row every 5 ms, runs the change as {@code PostgresDdl} renders it
 * plain and measures the longest insert stall, undoes it with Keel's reverse statements, then does
 * the same with the online form. Prints one line per operation and whether the online form keeps
 * the longest stall under one second.
 *
 * <p>Settings, as system properties: {@code bench.rows} (default 1000000), {@code bench.intervalMs}
 * (default 5), {@code bench.only} (operations by enum name, comma-separated, default all), {@code
 * bench.showSql} (print each form's statements). The server: see {@link Server}. Both forms carry
 * the lock timeout a generated migration sets ({@value #LOCK_TIMEOUT_SECONDS} s).
 */
public final class OnlineBench {

  static final int LOCK_TIMEOUT_SECONDS = 10;

  /** What one form of an operation did: longest insert stall, duration, inserts meanwhile. */
  record Form(double maxStallMillis, double seconds, int inserts) {}

  /** Both forms of an operation. */
  record Result(Operation operation, Form plain, Form online) {}

  private OnlineBench() {}

  /** Runs the benchmark and prints the table. */
  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("bench.rows", 1_000_000);
    int intervalMs = Integer.getInteger("bench.intervalMs", 5);
    List<Operation> operations = operations(System.getProperty("bench.only", ""));
    Server server = Server.fromEnvironment();
    System.out.printf(
        Locale.ROOT,
        "Keel online-forms benchmark: PostgreSQL %s, %,d rows, one insert every %d ms%n",
        server.version(),
        rows,
        intervalMs);
    List<Result> results = new ArrayList<>();
    for (Operation op : operations) {
      results.add(measure(server, op, rows, Duration.ofMillis(intervalMs)));
    }
    Report.print(System.out, results);
  }

  private static List<Operation> operations(String only) {
    if (only.isBlank()) {
      return List.of(Operation.values());
    }
    return Arrays.stream(only.split(","))
        .map(s -> Operation.valueOf(s.trim().toUpperCase(Locale.ROOT)))
        .toList();
  }

  private static Result measure(Server server, Operation op, int rows, Duration interval)
      throws Exception {
    String db = "keel_bench_online_" + op.name().toLowerCase(Locale.ROOT);
    List<SchemaChange> up = SchemaDiffer.diff(Operation.before(), op.after());
    List<SchemaChange> down = SchemaDiffer.diff(op.after(), Operation.before());
    RenderOptions plain =
        RenderOptions.DEFAULT.withLockTimeout(Duration.ofSeconds(LOCK_TIMEOUT_SECONDS));
    RenderOptions online = plain.withOnline(true);
    server.recreate(db);
    try {
      try (Connection c = server.connect(db)) {
        load(c, Operation.before(), rows);
      }
      showSql(op, "plain", PostgresDdl.render(up, plain));
      showSql(op, "online", PostgresDdl.render(up, online));
      Form plainForm = run(server, db, PostgresDdl.render(up, plain), rows + 1L, interval);
      log(op, "plain", plainForm);
      try (Connection c = server.connect(db)) {
        Runner.run(c, PostgresDdl.render(down, plain));
        execute(c, "vacuum analyze");
      }
      Form onlineForm =
          run(server, db, PostgresDdl.render(up, online), rows + 10_000_001L, interval);
      log(op, "online", onlineForm);
      return new Result(op, plainForm, onlineForm);
    } finally {
      server.drop(db);
    }
  }

  private static void load(Connection c, Schema schema, int rows) throws SQLException {
    for (String sql : PostgresDdl.createAll(schema)) {
      execute(c, sql);
    }
    execute(c, "insert into parent (id) select g from generate_series(1, 1000) g");
    execute(
        c,
        "insert into items (id, parent_id, email, kind, code) select g, g % 1000 + 1, 'user' || g"
            + " || '@example.com', g % 10, 'c' || g from generate_series(1, "
            + rows
            + ") g");
    execute(c, "vacuum analyze");
  }

  /** Runs one form while the writer inserts, and measures it. */
  private static Form run(
      Server server, String db, Rendered statements, long firstId, Duration interval)
      throws Exception {
    try (Connection writer = server.connect(db);
        Connection ddl = server.connect(db)) {
      InsertStream stream = new InsertStream(writer, firstId, interval.toNanos());
      stream.start();
      try {
        Thread.sleep(500);
        int insertsBefore = stream.count();
        long start = System.nanoTime();
        Runner.run(ddl, statements);
        long end = System.nanoTime();
        double stall = stream.maxStallMillis(start, end);
        return new Form(stall, (end - start) / 1e9, stream.count() - insertsBefore);
      } finally {
        stream.close();
      }
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** With {@code -Dbench.showSql=true}: the statements of a form, group by group. */
  private static void showSql(Operation op, String form, Rendered rendered) {
    if (!Boolean.getBoolean("bench.showSql")) {
      return;
    }
    System.err.printf(Locale.ROOT, "  %s, %s:%n", op.label(), form);
    for (Rendered.Group group : rendered.groups()) {
      for (String sql : group.statements()) {
        System.err.printf(
            Locale.ROOT, "    %s %s%n", group.concurrent() ? "[alone]" : "[in tx]", sql);
      }
    }
  }

  private static void log(Operation op, String form, Form result) {
    System.err.printf(
        Locale.ROOT,
        "  %s, %s: longest insert stall %.0f ms, %.2f s, %d inserts meanwhile%n",
        op.label(),
        form,
        result.maxStallMillis(),
        result.seconds(),
        result.inserts());
  }
}
