package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationException.Reason;
import dev.keel.runtime.internal.AdvisoryLock;
import dev.keel.runtime.internal.HistoryTable;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private TestDatabase db;
  private ExecutorService pool;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("concurrency");
    pool = Executors.newCachedThreadPool();
  }

  @AfterEach
  void dropDatabase() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    db.close();
  }

  @Test
  void run_eightThreadsAtOnce_applyEachMigrationExactlyOnce() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MigrationResult>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                return Fixtures.migrator(db, "basic").build().run();
              }));
    }
    start.countDown();

    List<Long> applied = new ArrayList<>();
    for (Future<MigrationResult> run : runs) {
      applied.addAll(RunTest.versions(run.get(60, TimeUnit.SECONDS).steps()));
    }
    applied.sort(null);
    assertEquals(List.of(1L, 2L, 3L, 10L), applied);
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void run_createIndexConcurrently_completesWhileAnotherRunWaitsForTheLock() throws Exception {
    try (Connection gate = db.connect()) {
      // migration 2 waits on this lock, so that the second run is surely waiting meanwhile
      execute(gate, "select pg_advisory_lock(4242)");
      Future<MigrationResult> first = pool.submit(run("cic"));
      awaitBlockedOnGate();
      Future<MigrationResult> second = pool.submit(run("cic"));
      // the holder's lock session and the waiter's both last ran pg_try_advisory_lock
      awaitSessions("select pg_try_advisory_lock($1)", 2);
      // Keel's lock is held by a session of its own that is outside any transaction
      assertEquals(
          List.of("idle"),
          Fixtures.strings(
              db,
              "select a.state from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                  + " where l.locktype = 'advisory' and l.granted and l.classid = "
                  + AdvisoryLock.KEY_CLASS));
      execute(gate, "select pg_advisory_unlock(4242)");

      MigrationResult a = first.get(60, TimeUnit.SECONDS);
      MigrationResult b = second.get(60, TimeUnit.SECONDS);

      assertEquals(List.of(1L, 2L), RunTest.versions(a.steps()));
      assertTrue(b.steps().isEmpty());
    }
    assertEquals(
        List.of("true"),
        Fixtures.strings(
            db,
            "select indisvalid::text from pg_index where indexrelid = 'items_v_idx'::regclass"));
  }

  @Test
  void run_lockHeldTooLong_failsWithLockTimeoutNamingTheHolder() throws Exception {
    long key =
        AdvisoryLock.keyFor(
            new HistoryTable("public", Migrator.DEFAULT_HISTORY_TABLE).qualifiedName());
    try (Connection holder = db.connect()) {
      try (PreparedStatement ps = holder.prepareStatement("select pg_advisory_lock(?)")) {
        ps.setLong(1, key);
        ps.execute();
      }
      MigrationException e =
          assertThrows(
              MigrationException.class,
              () ->
                  Fixtures.migrator(db, "basic").lockTimeout(Duration.ofMillis(300)).build().run());

      assertEquals(Reason.LOCK_TIMEOUT, e.reason());
      assertTrue(e.getMessage().contains("backend pid"), e.getMessage());
      assertEquals(
          List.of(),
          Fixtures.strings(
              db,
              "select to_regclass('keel_schema_history')"
                  + " where to_regclass('keel_schema_history') is not null"));
    }
    // the holder's connection is closed: its session lock went with it
    MigrationResult result =
        Fixtures.migrator(db, "basic").lockTimeout(Duration.ofSeconds(5)).build().run();
    assertEquals(4, result.steps().size());
  }

  @Test
  void run_sameTableWithAndWithoutSchema_shareOneLock() throws Exception {
    try (Connection gate = db.connect()) {
      execute(gate, "select pg_advisory_lock(4242)");
      // holds the lock of "public"."keel_schema_history", named with its schema
      Future<MigrationResult> first =
          pool.submit(() -> Fixtures.migrator(db, "cic").schema("public").build().run());
      awaitBlockedOnGate();
      // the same table, left to the search path: must wait for that lock, not take another
      Future<MigrationResult> second =
          pool.submit(
              () -> Fixtures.migrator(db, "cic").lockTimeout(Duration.ofMillis(300)).build().run());

      ExecutionException e =
          assertThrows(ExecutionException.class, () -> second.get(30, TimeUnit.SECONDS));
      execute(gate, "select pg_advisory_unlock(4242)");

      assertEquals(Reason.LOCK_TIMEOUT, ((MigrationException) e.getCause()).reason());
      assertEquals(List.of(1L, 2L), RunTest.versions(first.get(60, TimeUnit.SECONDS).steps()));
    }
  }

  @Test
  void run_lockTimeoutBeyondNanoseconds_waitsForEver() throws Exception {
    MigrationResult result =
        Fixtures.migrator(db, "basic").lockTimeout(ChronoUnit.FOREVER.getDuration()).build().run();

    assertEquals(4, result.steps().size());
  }

  @Test
  void run_nothingPending_costsOneConnectionOneQueryAndLoadsNoMigrationClass() throws Exception {
    Fixtures.migrator(db, "basic").build().run();
    CountingDataSource counting = new CountingDataSource(db.dataSource());
    RecordingClassLoader loader = new RecordingClassLoader(getClass().getClassLoader());

    MigrationResult result =
        Migrator.builder(counting)
            .indexResource(Fixtures.index("basic"))
            .classLoader(loader)
            .build()
            .run();

    assertTrue(result.steps().isEmpty());
    assertEquals(1, counting.connections());
    assertEquals(1, counting.statements());
    assertEquals(List.of(), loader.migrationClassesLoaded());
  }

  private Callable<MigrationResult> run(String scenario) {
    return () -> Fixtures.migrator(db, scenario).build().run();
  }

  /**
   * Waits until migration 2 of "cic" is blocked on the gate's lock. The gate's own session, idle
   * after taking that lock, shows the same last query, so only a session waiting on a lock counts.
   */
  private void awaitBlockedOnGate() throws Exception {
    awaitSessions(
        "select pg_advisory_lock(4242)", 1, " and state = 'active' and wait_event_type = 'Lock'");
  }

  private void awaitSessions(String query, int count) throws Exception {
    awaitSessions(query, count, "");
  }

  private void awaitSessions(String query, int count, String condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      List<String> n =
          Fixtures.strings(
              db,
              "select count(*) from pg_stat_activity where datname = current_database()"
                  + " and query = '"
                  + query.replace("'", "''")
                  + "'"
                  + condition);
      if (Integer.parseInt(n.get(0)) >= count) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("never saw " + count + " session(s) run: " + query);
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
