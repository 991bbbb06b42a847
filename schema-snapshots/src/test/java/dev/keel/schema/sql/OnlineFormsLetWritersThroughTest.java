package dev.keel.schema.sql;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import dev.keel.schema.diff.SchemaChange;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.sql.Rendered.Statement;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves, without timing anything, which lock the long phase of each form asks for: a blocker
 * session holds {@code SHARE UPDATE EXCLUSIVE} on the table, the statement under test queues behind
 * it, and a third session inserts with {@code lock_timeout = '200ms'}. An insert only waits for
 * that queued request when the request conflicts with writers ({@code ROW EXCLUSIVE}), so it goes
 * through while an online form's long phase ({@code create index concurrently}, {@code validate
 * constraint}, {@code create unique index concurrently}) waits, and fails with SQLState 55P03
 * ({@code lock_not_available}) while the plain statement waits. Then the blocker lets go and the
 * statement completes.
 */
class OnlineFormsLetWritersThroughTest {

  static final RenderOptions ONLINE = RenderOptions.DEFAULT.withOnline(true);

  /**
   * One change to a table of rows.
   *
   * @param name what changes
   * @param after the target schema (the start is {@link OnlineFormsDatabaseTest#bare()})
   * @param insert an insert into the changed table that satisfies the change
   */
  record Operation(String name, Schema after, String insert) {
    @Override
    public String toString() {
      return name;
    }

    List<SchemaChange> changes() {
      return SchemaDiffer.diff(OnlineFormsDatabaseTest.bare(), after);
    }
  }

  static final String INSERT_ITEM =
      "insert into items (id, parent_id, email, kind, code) values (100001, 1, 'n@x', 1, 'new')";

  static Stream<Operation> operations() {
    Schema bare = OnlineFormsDatabaseTest.bare();
    Table items = bare.table("items").orElseThrow();
    Table bag = bare.table("bag").orElseThrow();
    Table parent = bare.table("parent").orElseThrow();
    return Stream.of(
        new Operation("index", with(parent, items.withIndexes(index()), bag), INSERT_ITEM),
        new Operation("foreign key", with(parent, withForeignKey(items), bag), INSERT_ITEM),
        new Operation("check", with(parent, withCheck(items), bag), INSERT_ITEM),
        new Operation("not null", with(parent, withNotNullEmail(), bag), INSERT_ITEM),
        new Operation("unique", with(parent, withUnique(items), bag), INSERT_ITEM),
        new Operation(
            "primary key",
            with(
                parent,
                items,
                table("bag")
                    .columns(notNull("id", "bigint"), col("note", "text"))
                    .primaryKey("id")
                    .build()),
            "insert into bag (id, note) values (100001, 'n')"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void onlineForm_insertWhileItsLongPhaseWaitsForTheLock_succeeds(Operation op) throws Exception {
    List<Statement> statements = PostgresDdl.render(op.changes(), ONLINE).statements();
    assertTrue(indexOfFirstConcurrent(statements) >= 0, "the online form has a concurrent phase");
    assertNull(insertWhileWaiting(op, statements), "the insert went through");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void plainForm_insertWhileItWaitsForTheLock_timesOut(Operation op) throws Exception {
    List<Statement> statements =
        PostgresDdl.render(op.changes(), RenderOptions.DEFAULT).statements();
    assertEquals(1, statements.size(), "one plain statement");
    String sqlState = insertWhileWaiting(op, statements);
    assertEquals("55P03", sqlState, "lock_not_available");
  }

  /**
   * Runs {@code statements} on a table of rows; the first concurrent one (or the only one) runs
   * while a blocker holds the table, and an insert is tried meanwhile. Returns the insert's
   * SQLState, or null if it succeeded.
   */
  private static String insertWhileWaiting(Operation op, List<Statement> statements)
      throws Exception {
    int longPhase = Math.max(0, indexOfFirstConcurrent(statements));
    String table = op.insert().split(" ")[2];
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (TestDatabase db = TestPostgres.createDatabase("lock_" + op.name());
        Connection blocker = db.connect();
        Connection session = db.connect();
        Connection writer = db.connect()) {
      Databases.apply(db, PostgresDdl.createAll(OnlineFormsDatabaseTest.bare()));
      db.execute(
          "insert into parent select g from generate_series(1, 10) g",
          "insert into items (id, parent_id, email, kind, code) select g, g % 10 + 1,"
              + " 'u' || g || '@x', g % 10, 'c' || g from generate_series(1, 1000) g",
          "insert into bag (id, note) select g, 'n' from generate_series(1, 100) g");
      Databases.apply(db, new Rendered(statements.subList(0, longPhase)));
      blocker.setAutoCommit(false);
      blocker.createStatement().execute("lock table " + table + " in share update exclusive mode");
      int pid = pid(session);
      String sql = statements.get(longPhase).sql();
      Future<Boolean> running = executor.submit(() -> session.createStatement().execute(sql));
      awaitLockWait(writer, pid);
      String sqlState = tryInsert(writer, op.insert());
      blocker.commit();
      running.get(60, TimeUnit.SECONDS);
      Databases.apply(db, new Rendered(statements.subList(longPhase + 1, statements.size())));
      return sqlState;
    } finally {
      executor.shutdownNow();
    }
  }

  private static int indexOfFirstConcurrent(List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).concurrent()) {
        return i;
      }
    }
    return -1;
  }

  private static int pid(Connection c) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("select pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Polls until backend {@code pid} waits for a heavyweight lock; gives up after 30 s. */
  private static void awaitLockWait(Connection observer, int pid) throws Exception {
    String sql = "select wait_event_type from pg_stat_activity where pid = ?";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (PreparedStatement ps = observer.prepareStatement(sql)) {
      ps.setInt(1, pid);
      while (true) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && "Lock".equals(rs.getString(1))) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          fail("the statement under test never queued for its lock");
        }
        Thread.sleep(10);
      }
    }
  }

  private static String tryInsert(Connection writer, String insert) throws SQLException {
    writer.createStatement().execute("set lock_timeout = '200ms'");
    try {
      writer.createStatement().execute(insert);
      return null;
    } catch (SQLException e) {
      return e.getSQLState();
    }
  }

  private static Schema with(Table... tables) {
    return new Schema(List.of(), List.of(), List.of(tables));
  }

  private static List<Index> index() {
    return List.of(new Index("IDXitems_kind", List.of("kind")));
  }

  private static Table withForeignKey(Table items) {
    return items.withForeignKeys(
        List.of(
            new ForeignKey("FKitems_parent", List.of("parent_id"), "", "parent", List.of("id"))));
  }

  private static Table withCheck(Table items) {
    return items.withChecks(
        List.of(new CheckConstraint("items_kind_check", "kind", "(kind between 0 and 9)")));
  }

  private static Table withNotNullEmail() {
    Table items = OnlineFormsDatabaseTest.bare().table("items").orElseThrow();
    return items.withColumns(
        items.columns().stream()
            .map(c -> c.name().equals("email") ? c.withNullable(false) : c)
            .toList());
  }

  private static Table withUnique(Table items) {
    return items.withUniqueConstraints(
        List.of(new UniqueConstraint("items_code_key", List.of("code"))));
  }
}
