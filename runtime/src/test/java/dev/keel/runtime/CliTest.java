package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  /** An index resource that is nowhere on the class path. */
  private static final String NO_INDEX = Fixtures.index("none");

  @TempDir Path temp;
  private TestDatabase db;
  private final Map<String, String> env = new HashMap<>();
  private String out;
  private String err;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("cli");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void noArguments_printsUsageAndExits2() {
    assertEquals(2, cli());
    assertTrue(err.startsWith("keel: no command given"), err);
    assertTrue(err.contains("Usage: java -cp <application class path> dev.keel.runtime.Cli"));
  }

  @Test
  void wrongArguments_printProblemAndUsage() {
    assertEquals(2, cli("run", "--frobnicate"));
    assertTrue(err.startsWith("keel: unknown option --frobnicate"), err);
    assertEquals(2, cli("revert", "--to", "yesterday", "--url", db.url()));
    assertTrue(err.startsWith("keel: --to must be a number, 0 or more: 'yesterday'"), err);
    assertEquals(2, cli("launch"));
    assertTrue(err.startsWith("keel: unknown command 'launch'"), err);
    assertEquals(2, cli("status", "--schema", " ", "--url", db.url()));
    assertTrue(err.startsWith("keel: schema must not be blank"), err);
    assertEquals(2, cli("restore"));
    assertTrue(err.startsWith("keel: restore takes 1 argument(s), got 0"), err);
  }

  @Test
  void noDatabase_saysWhereToGiveIt() {
    assertEquals(2, cli("status"));
    assertTrue(err.contains("give --url, or set DB_NAME"), err);
  }

  @Test
  void help_printsUsageAndExits0() {
    assertEquals(0, cli("--help"));
    assertTrue(out.contains("revert [--to V]"), out);
    assertTrue(out.contains("Exit codes: 0 success"), out);
  }

  @Test
  void run_connectionFromEnvironment_appliesAndReports() {
    useEnvironment();

    assertEquals(0, cli("run", "--index", Fixtures.index("basic")), err);

    assertTrue(out.contains("Applied 10 IndexUsersEmail in "), out);
    assertTrue(out.endsWith("4 applied; schema version 10.\n"), out);
  }

  @Test
  void run_dryRun_printsStatements() {
    assertEquals(
        0,
        cli(
            "run",
            "--dry-run",
            "--url",
            db.url(),
            "--user",
            db.user(),
            "--index",
            Fixtures.index("basic")));

    assertTrue(
        out.contains(
            "Would have applied 1 CreateUsers:\n"
                + "    create table users (id bigint primary key, email text not null);\n"),
        out);
  }

  @Test
  void run_failingMigration_exits1NamingIt() {
    useEnvironment();

    assertEquals(1, cli("run", "--index", Fixtures.index("failing")));

    assertTrue(err.startsWith("keel: Migration 2 'Broken'"), err);
    assertTrue(err.contains("at statement 2"), err);
  }

  @Test
  void run_errorInMigrationCode_exits1NamingIt() throws Exception {
    useEnvironment();

    assertEquals(1, cli("run", "--index", Fixtures.index("error-in-java")));

    assertTrue(err.startsWith("keel: Migration 2 'ErrorInJava'"), err);
    assertTrue(err.contains("java.lang.AssertionError"), err);
    assertFalse(Fixtures.exists(db, "err_a"));
    assertEquals(List.of(1L), Fixtures.history(db));
  }

  @Test
  void run_lockTimeoutBeyondNanoseconds_applies() {
    useEnvironment();

    assertEquals(
        0, cli("run", "--lock-timeout", "99999999999999", "--index", Fixtures.index("basic")), err);
    assertTrue(out.endsWith("4 applied; schema version 10.\n"), out);
  }

  @Test
  void status_printsReadableTable() {
    useEnvironment();
    cli("run", "--target", "2", "--index", Fixtures.index("basic"));

    assertEquals(0, cli("status", "--index", Fixtures.index("basic")));

    String[] lines = out.split("\n");
    assertTrue(lines[0].matches("Version +Name +State +Applied at \\(UTC\\) +By +ms +Tx"), out);
    assertTrue(lines[1].matches("-+( +-+)+"), out);
    assertTrue(
        lines[2].matches(
            " +1 +CreateUsers +applied +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"
                + " +postgres +\\d+ +yes"),
        lines[2]);
    assertTrue(lines[4].matches(" +3 +CreateOrders +pending"), lines[4]);
    assertEquals("Schema version 2, 2 applied, 2 pending.", lines[6]);
  }

  @Test
  void validate_changedMigration_exits2WithTheFix() {
    useEnvironment();
    cli("run", "--index", Fixtures.index("basic"));

    assertEquals(2, cli("validate", "--index", Fixtures.index("basic-changed")));
    assertTrue(out.contains("Migration 2 'AddNameToUsers' was changed"), out);
    assertEquals(2, cli("run", "--index", Fixtures.index("basic-changed")));
    assertTrue(err.startsWith("keel: Validation failed, nothing was applied"), err);
    assertEquals(0, cli("validate", "--index", Fixtures.index("basic")));
  }

  @Test
  void revertAndBaseline_work() throws Exception {
    useEnvironment();
    cli("run", "--index", Fixtures.index("basic"));

    assertEquals(0, cli("revert", "--to", "0", "--index", Fixtures.index("basic")), err);
    assertTrue(out.endsWith("4 reverted; schema version 0.\n"), out);
    assertEquals(List.of(), Fixtures.history(db));
    assertEquals(0, cli("baseline", "--index", Fixtures.index("basic")), err);
    assertEquals("Baselined at version 10.\n", out);
    assertEquals(List.of(10L), Fixtures.history(db));
  }

  @Test
  void baseline_noVersionAndNoIndex_exits2WithTheFix() {
    useEnvironment();

    assertEquals(2, cli("baseline", "--index", Fixtures.index("no-such-scenario")));
    assertTrue(err.startsWith("keel: Cannot baseline at the newest migration"), err);
    assertTrue(err.contains("baseline V on the command line"), err);
  }

  @Test
  void backupAndRestore_throughTheCommandLine() throws Exception {
    useEnvironment();
    cli("run", "--index", Fixtures.index("basic"));
    Path file = temp.resolve("backup.dump");

    assertEquals(0, cli("backup", file.toString()), err);
    db.execute("drop table orders");
    assertEquals(0, cli("restore", file.toString()), err);

    assertTrue(Fixtures.exists(db, "orders"));
    assertEquals(1, cli("backup", "x.dump", "--pg-bin", temp.resolve("none").toString()));
    assertTrue(err.startsWith("keel: Cannot run pg_dump: not found"), err);
  }

  @Test
  void newMigration_writesNumberedSkeletonThatCompiles() throws Exception {
    Path src = temp.resolve("src");
    assertEquals(
        0, cli("new", "CreateAuditLog", "--dir", src.toString(), "--index", NO_INDEX), err);
    Path first = src.resolve("db/migration/V0001__CreateAuditLog.java");
    assertTrue(Files.exists(first), out);
    Files.writeString(src.resolve("db/migration/V0009__Other.java"), "// a later one\n");

    assertEquals(0, cli("new", "BackfillUserTypes", "--dir", src.toString(), "--index", NO_INDEX));
    Path second = src.resolve("db/migration/V0010__BackfillUserTypes.java");

    String source = Files.readString(second);
    assertTrue(source.contains("@KeelMigration(version = 10, name = \"BackfillUserTypes\")"));
    assertTrue(source.contains("public final class V0010__BackfillUserTypes implements Migration"));
    assertTrue(source.contains("Hand-written migration 10"), source);
    assertTrue(source.contains("// db.execute(\"...\");"), source);
    Files.delete(src.resolve("db/migration/V0009__Other.java"));
    assertEquals(0, compile(first, second), "the skeletons must compile");
  }

  @Test
  void newMigration_dirGivenTwice_theLastWins() throws Exception {
    // example/keel puts its default --dir before the user's arguments and relies on this
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    Path third = temp.resolve("third");

    assertEquals(
        0,
        cli("new", "A", "--dir", first.toString(), "--dir", second.toString(), "--index", NO_INDEX),
        err);
    assertEquals(
        0, cli("new", "B", "--dir", first.toString(), "--dir=" + third, "--index", NO_INDEX), err);

    assertTrue(Files.exists(second.resolve("db/migration/V0001__A.java")), out);
    assertTrue(Files.exists(third.resolve("db/migration/V0001__B.java")), out);
    assertFalse(Files.exists(first), out);
  }

  @Test
  void newMigration_indexOnTheClassPath_numbersAfterItsNewest() throws Exception {
    Path src = temp.resolve("src");
    Path other = temp.resolve("other");

    // the index lists 1, 2, 3 and 10, none of them in this folder
    assertEquals(0, cli("new", "A", "--dir", src.toString(), "--index", Fixtures.index("basic")));
    Files.writeString(src.resolve("db/migration/V0020__Later.java"), "// ahead of the index\n");
    assertEquals(0, cli("new", "B", "--dir", src.toString(), "--index", Fixtures.index("basic")));
    // the default index of the test class path lists version 1
    assertEquals(0, cli("new", "C", "--dir", other.toString()));

    assertTrue(Files.exists(src.resolve("db/migration/V0011__A.java")), out);
    assertTrue(Files.exists(src.resolve("db/migration/V0021__B.java")), out);
    assertTrue(Files.exists(other.resolve("db/migration/V0002__C.java")), out);
  }

  @Test
  void newMigration_badNameOrExistingName_exits2() throws Exception {
    Path src = temp.resolve("src");
    assertEquals(2, cli("new", "1stMigration", "--dir", src.toString()));
    assertTrue(err.contains("'1stMigration' is not a valid migration name"), err);
    assertEquals(2, cli("new", "class", "--dir", src.toString()));
    assertEquals(2, cli("new", "Ok", "--package", "db..migration", "--dir", src.toString()));
    assertEquals(0, cli("new", "AddThing", "--dir", src.toString(), "--package", "com.acme.db"));
    assertEquals(2, cli("new", "AddThing", "--dir", src.toString(), "--package", "com.acme.db"));
    assertTrue(err.contains("A migration named AddThing exists already"), err);
  }

  private void useEnvironment() {
    env.put("DB_HOST", "127.0.0.1");
    env.put("DB_PORT", "5432");
    env.put("DB_NAME", db.name());
    if (db.user() != null) {
      env.put("DB_USER", db.user());
    }
    if (db.password() != null) {
      env.put("DB_PASS", db.password());
    }
  }

  private int cli(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        new Cli(
                env,
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8))
            .execute(args);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  private int compile(Path... files) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                temp.resolve("classes").toString(),
                "-cp",
                System.getProperty("java.class.path")));
    for (Path f : files) {
      args.add(f.toString());
    }
    return javax.tools.ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, args.toArray(new String[0]));
  }
}
