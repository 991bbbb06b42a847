package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationException.Reason;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

  @TempDir Path temp;
  private TestDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestPostgres.createDatabase("backup");
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void backupAndRestore_customFormat_ownerOnlyFileBringsBackDroppedData() throws Exception {
    Migrator migrator = Fixtures.migrator(db, "basic").build();
    migrator.run();
    db.execute("insert into users (id, email) values (7, 'ada@example.com')");

    Path file = migrator.backup(temp.resolve("app.dump"));
    db.execute("drop table orders", "delete from users");
    migrator.restore(file);

    assertEquals("rw-------", permissions(file));
    assertEquals("PGDMP", new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII));
    assertEquals(List.of("ada@example.com"), Fixtures.strings(db, "select email from users"));
    assertTrue(Fixtures.exists(db, "orders"));
    assertEquals(List.of(1L, 2L, 3L, 10L), Fixtures.history(db));
  }

  @Test
  void backupAndRestore_sqlFile_isPlainScriptRestoredWithPsql() throws Exception {
    Migrator migrator = Fixtures.migrator(db, "basic").build();
    migrator.run();

    Path file = migrator.backup(temp.resolve("app.sql"));
    db.execute("drop table orders");
    migrator.restore(file);

    assertEquals("rw-------", permissions(file));
    assertTrue(Files.readString(file).contains("CREATE TABLE public.orders"));
    assertTrue(Fixtures.exists(db, "orders"));
  }

  @Test
  void backup_existingFile_isRefused() throws IOException {
    Path file = Files.writeString(temp.resolve("taken.dump"), "keep me");

    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Fixtures.migrator(db, "basic").build().backup(file));

    assertEquals(Reason.BACKUP_FAILED, e.reason());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void run_withBackup_dumpsTheSchemaAsItWasBeforeApplying() throws Exception {
    Fixtures.migrator(db, "basic").target(1).build().run();
    Path dir = temp.resolve("backups");

    MigrationResult result = Fixtures.migrator(db, "basic").backupBeforeApplying(dir).build().run();

    Path file = result.backup().orElseThrow();
    assertTrue(file.startsWith(dir));
    assertTrue(file.getFileName().toString().startsWith(db.name() + "-v1-"), file.toString());
    assertEquals("rw-------", permissions(file));
    String contents = list(file);
    assertTrue(contents.contains("TABLE public users"), contents);
    assertFalse(contents.contains("TABLE public orders"), contents);
    assertEquals(List.of(2L, 3L, 10L), RunTest.versions(result.steps()));
  }

  @Test
  void run_withBackupAndNothingPending_takesNoBackup() throws IOException {
    Fixtures.migrator(db, "basic").build().run();
    Path dir = Files.createDirectory(temp.resolve("backups"));

    MigrationResult result = Fixtures.migrator(db, "basic").backupBeforeApplying(dir).build().run();

    assertFalse(result.backup().isPresent());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void run_withBackupAndNoPgDump_stopsBeforeApplyingAnything() throws Exception {
    Path noTools = Files.createDirectory(temp.resolve("empty-bin"));

    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                Fixtures.migrator(db, "basic")
                    .backupBeforeApplying(temp.resolve("backups"))
                    .pgBinDirectory(noTools)
                    .build()
                    .run());

    assertEquals(Reason.BACKUP_FAILED, e.reason());
    assertTrue(e.getMessage().startsWith("Cannot run pg_dump: not found in " + noTools));
    assertTrue(e.getMessage().contains("apt-get install postgresql-client"), e.getMessage());
    assertNothingApplied();
  }

  @Test
  void run_withBackupAndFailingPgDump_stopsBeforeApplyingAndRemovesThePartialFile()
      throws Exception {
    Path bin = fakePgDump("echo 'pg_dump: error: simulated failure' >&2\nexit 1\n");
    Path dir = temp.resolve("backups");

    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                Fixtures.migrator(db, "basic")
                    .backupBeforeApplying(dir)
                    .pgBinDirectory(bin)
                    .build()
                    .run());

    assertEquals(Reason.BACKUP_FAILED, e.reason());
    assertTrue(e.getMessage().contains("pg_dump exited with 1"), e.getMessage());
    assertTrue(e.getMessage().contains("pg_dump: error: simulated failure"), e.getMessage());
    assertNothingApplied();
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void backup_password_reachesTheChildThroughItsEnvironmentOnly() throws Exception {
    Path bin =
        fakePgDump(
            "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\n"
                + "printf '%s' \"$PGPASSWORD\" > \"$(dirname \"$0\")/password\"\n");

    Fixtures.migrator(db, "basic")
        .pgBinDirectory(bin)
        .pgPassword("s3cret-pw")
        .build()
        .backup(temp.resolve("x.dump"));

    List<String> args = Files.readAllLines(bin.resolve("args"));
    assertEquals("s3cret-pw", Files.readString(bin.resolve("password")));
    assertFalse(String.join(" ", args).contains("s3cret"), args.toString());
    assertTrue(args.contains("--format=custom"), args.toString());
    assertTrue(args.contains("--host=127.0.0.1"), args.toString());
    assertTrue(args.contains("--port=5432"), args.toString());
    assertTrue(args.contains("--dbname=" + db.name()), args.toString());
    assertTrue(args.contains("--no-password"), args.toString());
  }

  private void assertNothingApplied() throws SQLException {
    assertFalse(Fixtures.exists(db, "users"));
    assertFalse(Fixtures.exists(db, "keel_schema_history"));
  }

  private Path fakePgDump(String body) throws IOException {
    Path bin = Files.createDirectory(temp.resolve("fake-bin"));
    Path script = bin.resolve("pg_dump");
    Files.writeString(script, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return bin;
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private static String list(Path dump) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pg_restore", "--list", dump.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    return out;
  }
}
