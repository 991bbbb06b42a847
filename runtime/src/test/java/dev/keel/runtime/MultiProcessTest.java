package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiProcessTest {

  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path temp;
  private TestDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("multiprocess");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void run_fourJvmsAtOnce_applyEachMigrationExactlyOnce() throws Exception {
    List<Process> children = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      children.add(start("basic", temp.resolve("out" + i)));
    }

    List<Long> applied = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Process child = children.get(i);
      assertTrue(child.waitFor(90, TimeUnit.SECONDS), "child " + i + " did not finish");
      String output = Files.readString(temp.resolve("out" + i), StandardCharsets.UTF_8);
      assertEquals(0, child.exitValue(), output);
      applied.addAll(appliedVersions(output));
    }
    applied.sort(null);
    assertEquals(List.of(1L, 2L, 3L, 10L), applied);
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void run_afterJvmKilledInLongMigration_appliesItWithoutWaitingForLockTimeout() throws Exception {
    db.execute(
        "create table crash_control (seconds int)", "insert into crash_control values (300)");
    Process child = start("crash", temp.resolve("out"));
    awaitSleepingMigration();

    child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of anything
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));

    // no trace of the killed migration: its table and its history row were never committed
    assertFalse(Fixtures.exists(db, "slow_a"));
    assertEquals(List.of(1L), Fixtures.history(db));

    db.execute("update crash_control set seconds = 0");
    long started = System.nanoTime();
    MigrationResult result = Fixtures.migrator(db, "crash").lockTimeout(LOCK_TIMEOUT).build().run();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(List.of(2L), RunTest.versions(result.steps()));
    assertTrue(Fixtures.exists(db, "slow_a"));
    // the server ends the dead client's backend within about a second
    // (client_connection_check_interval); without it, this run would wait for the old
    // pg_sleep(300) or time out on the lock
    assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "took " + took);
  }

  private Process start(String scenario, Path output) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            ChildRun.class.getName(),
            db.url(),
            db.user() == null ? "-" : db.user(),
            scenario,
            Long.toString(LOCK_TIMEOUT.toSeconds()))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }

  private void awaitSleepingMigration() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      List<String> sleeping =
          Fixtures.strings(
              db,
              "select pid from pg_stat_activity where datname = current_database()"
                  + " and state = 'active' and query like 'select pg_sleep(coalesce%'");
      if (!sleeping.isEmpty()) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the child never reached its long migration");
  }

  private static List<Long> appliedVersions(String output) {
    List<Long> versions = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("applied:")) {
        for (String v : line.substring("applied:".length()).trim().split(" ")) {
          if (!v.isEmpty()) {
            versions.add(Long.parseLong(v));
          }
        }
        return versions;
      }
    }
    throw new AssertionError("no 'applied:' line in the child's output:\n" + output);
  }
}
