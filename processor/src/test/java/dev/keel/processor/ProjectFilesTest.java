package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.validate.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed files a build reads and writes (migrations, snapshot) and the class-output files
 * (migration index, managed-type list): what is wrong with one of them is reported at that file,
 * with the catalog message that says how to fix it. Each case starts from the committed state of
 * {@code safety/base}.
 */
class ProjectFilesTest {

  private static final String V1 = "V0001__CreateAuditAndMemberTables.java";

  @TempDir Path dir;
  private ScenarioProject project;

  @BeforeEach
  void commitBase() {
    project = new ScenarioProject(dir);
    ScenarioProject.Step base = project.useSources("safety/base").compile();
    assertTrue(base.success(), base.diagnostics());
  }

  private Path v1() {
    return project.migrationsFolder().resolve(V1);
  }

  /** The number of the first line of {@code file} that contains {@code text}. */
  private static long lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line with " + text);
  }

  private void assertFailsWith(String message) {
    ScenarioProject.Step step = project.compile();
    assertFalse(step.success());
    assertTrue(step.diagnostics().contains(message), step.diagnostics());
  }

  @Test
  void generatedMigrationWithoutItsHashes_isReportedOnItsClass_notAsAnOffChainSnapshot()
      throws Exception {
    String source = Files.readString(v1());
    Files.writeString(
        v1(),
        source.substring(0, source.indexOf("@KeelMigration("))
            + source.substring(source.indexOf("public final class")));
    ScenarioProject.Step step = project.compile();
    assertFalse(step.success());
    // reported on the migration's class, which javac compiles from that file
    assertTrue(
        step.diagnostics()
            .contains(
                V1
                    + ":"
                    + lineOf(v1(), "public final class")
                    + " "
                    + Diagnostics.GeneratedMigrationWithoutHashes.format(
                        "src/main/java/db/migration/" + V1)),
        step.diagnostics());
    assertFalse(
        step.diagnostics()
            .contains(Fixtures.prefix(Diagnostics.SnapshotOffChain, Fixtures.UNKNOWN)),
        step.diagnostics());
  }

  @Test
  void migrationFileThatCannotBeRead_isUnreadable_namingThatFile_andTheOthersAreRead()
      throws Exception {
    Files.createDirectories(project.migrationsFolder().resolve("V0002__Folder.java"));
    ScenarioProject.Step step = project.compile();
    assertFalse(step.success());
    assertTrue(
        step.diagnostics()
            .contains(
                Fixtures.prefix(
                    Diagnostics.MigrationUnreadable,
                    "src/main/java/db/migration/V0002__Folder.java",
                    Fixtures.UNKNOWN)),
        step.diagnostics());
    assertEquals(1, step.diagnostics().lines().count(), step.diagnostics());
  }

  @Test
  void migrationWithACommentInAnotherEncoding_isRead() throws Exception {
    ScenarioProject latin1 = new ScenarioProject(dir.resolve("latin1"), "-encoding", "ISO-8859-1");
    assertTrue(latin1.useSources("safety/base").compile().success());
    String handWritten =
        String.join(
            "\n",
            "package db.migration;",
            "",
            "import dev.keel.runtime.KeelMigration;",
            "import dev.keel.runtime.Migration;",
            "import dev.keel.runtime.MigrationContext;",
            "",
            "// Größe der Mitglieder: written by an editor set to ISO-8859-1",
            "@KeelMigration(version = 2, name = \"Backfill\")",
            "public final class V0002__Backfill implements Migration {",
            "  @Override",
            "  public void up(MigrationContext db) throws java.sql.SQLException {",
            "    db.execute(\"update member set age = 0 where age is null\");",
            "  }",
            "",
            "  @Override",
            "  public void down(MigrationContext db) {}",
            "}",
            "");
    Files.write(
        latin1.migrationsFolder().resolve("V0002__Backfill.java"),
        handWritten.getBytes(StandardCharsets.ISO_8859_1));
    ScenarioProject.Step step =
        latin1.useSources("safety/base", "safety/drop-column-allowed").compile();
    assertTrue(step.success(), step.diagnostics());
    assertEquals(
        List.of(latin1.migrationsFolder().resolve("V0003__DropBioFromMember.java")),
        step.newMigrations());
  }

  @Test
  void migrationIndexThatCannotBeWritten_isAClassOutputError() throws Exception {
    // a folder where the index goes: it cannot be written, whoever runs the build (even root)
    Path index = project.compile().classes().resolve("META-INF/keel/migrations.index");
    Files.delete(index);
    Files.createDirectories(index);
    ScenarioProject.Step step = project.compileOnly("com/example/safe/Member.java");
    assertFalse(step.success());
    assertTrue(
        step.diagnostics()
            .contains(
                Fixtures.prefix(
                    Diagnostics.ClassOutputNotWritable,
                    "META-INF/keel/migrations.index",
                    Fixtures.UNKNOWN)),
        step.diagnostics());
    assertEquals(1, step.diagnostics().lines().count(), step.diagnostics());
  }

  @Test
  void managedTypeListThatCannotBeRead_isAnError_notADropOfTheOtherEntities() throws Exception {
    Path list = project.compile().classes().resolve("META-INF/keel/managed-types.list");
    Files.delete(list);
    Files.createDirectories(list);
    ScenarioProject.Step step = project.compileOnly("com/example/safe/Member.java");
    assertFalse(step.success());
    assertTrue(
        step.diagnostics()
            .contains(
                Fixtures.prefix(
                    Diagnostics.ClassOutputUnreadable,
                    "META-INF/keel/managed-types.list",
                    Fixtures.UNKNOWN)),
        step.diagnostics());
    assertEquals(1, step.diagnostics().lines().count(), step.diagnostics());
  }

  @Test
  void emptyMigrationFile_isUnreadable_namingThatFile() throws Exception {
    Files.writeString(project.migrationsFolder().resolve("V0002__Empty.java"), "");
    ScenarioProject.Step step = project.compile();
    assertFalse(step.success());
    assertTrue(
        step.diagnostics()
            .contains(
                Fixtures.prefix(
                    Diagnostics.MigrationUnreadable,
                    "src/main/java/db/migration/V0002__Empty.java",
                    Fixtures.UNKNOWN)),
        step.diagnostics());
  }

  @Test
  void migrationEditedByHand_isNeverRewritten_byTheNextGeneration() throws Exception {
    String edited =
        Files.readString(v1()).replace("public final class", "// reviewed\npublic final class");
    Files.writeString(v1(), edited);
    ScenarioProject.Step step =
        project.useSources("safety/base", "safety/drop-column-allowed").compile();
    assertTrue(step.success(), step.diagnostics());
    assertEquals(1, step.newMigrations().size());
    assertEquals(edited, Files.readString(v1()));
  }
}
