package dev.keel.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.validate.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSourcesTest {

  private static final String HAND_WRITTEN =
      String.join(
          "\n",
          "package db.migration;",
          "",
          "import dev.keel.runtime.KeelMigration;",
          "import dev.keel.runtime.Migration;",
          "import dev.keel.runtime.MigrationContext;",
          "",
          "/** Backfills user types. */",
          "@KeelMigration(version = 7, name = \"BackfillUserTypes\")",
          "public final class V0007__BackfillUserTypes implements Migration {",
          "  @Override",
          "  public void up(MigrationContext db) throws java.sql.SQLException {",
          "    db.execute(\"update users set user_type = 'MEMBER' where user_type is null\");",
          "  }",
          "",
          "  @Override",
          "  public void down(MigrationContext db) {}",
          "}",
          "");

  @TempDir Path dir;

  @Test
  void handWrittenMigration_isRead_withVersionNameAndChecksum() throws Exception {
    Files.writeString(dir.resolve("V0007__BackfillUserTypes.java"), HAND_WRITTEN);
    Files.writeString(dir.resolve("package-info.java"), "package db.migration;\n");
    MigrationSources.Result result = MigrationSources.read(dir, "migrations", "db.migration");
    assertEquals(0, result.problems().size());
    MigrationSource m = result.migrations().get(0);
    assertEquals(7, m.version());
    assertEquals("BackfillUserTypes", m.name());
    assertEquals("db.migration.V0007__BackfillUserTypes", m.className());
    assertEquals(MigrationChecksum.of(HAND_WRITTEN), m.checksum());
    assertEquals("", m.startsFrom());
    assertTrue(!m.changesSchema());
  }

  @Test
  void versionInAnnotationDifferentFromFileName_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MigrationSources.parse(
                    "V0008__BackfillUserTypes.java",
                    "db.migration",
                    HAND_WRITTEN.replace("V0007__", "V0008__")));
    assertTrue(e.getMessage().contains("version = 7"), e.getMessage());
  }

  @Test
  void generatedMigrationWithoutItsHashes_isRejected_asGeneratedWithTheAnnotationRemoved() {
    String generated =
        MigrationWriter.write(
            new NewMigration(
                "db.migration",
                3,
                "AddNote",
                "aaaa",
                "bbbb",
                List.of("select 1"),
                List.of(),
                true));
    String withoutAnnotation =
        generated.substring(0, generated.indexOf("@KeelMigration("))
            + generated.substring(generated.indexOf("public final class"));
    assertThrows(
        MigrationSources.HashesRemoved.class,
        () -> MigrationSources.parse("V0003__AddNote.java", "db.migration", withoutAnnotation));
    MigrationSource intact =
        MigrationSources.parse("V0003__AddNote.java", "db.migration", generated);
    assertEquals("bbbb", intact.endsAt());
  }

  @Test
  void fileWhoseClassHasAnotherName_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MigrationSources.parse("V0007__Backfill.java", "db.migration", HAND_WRITTEN));
    assertTrue(e.getMessage().contains("V0007__Backfill"), e.getMessage());
  }

  @Test
  void versionThatIsNoLiteral_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MigrationSources.parse(
                    "V0007__BackfillUserTypes.java",
                    "db.migration",
                    HAND_WRITTEN.replace("version = 7", "version = Versions.BACKFILL")));
    assertTrue(e.getMessage().contains("version = Versions.BACKFILL"), e.getMessage());
  }

  @Test
  void emptyFile_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MigrationSources.parse("V0007__BackfillUserTypes.java", "db.migration", ""));
  }

  @Test
  void unreadableFile_isAProblemAtThatFile_andTheOthersAreRead() throws Exception {
    Files.writeString(dir.resolve("V0007__BackfillUserTypes.java"), HAND_WRITTEN);
    Files.createDirectories(dir.resolve("V0008__Folder.java"));
    Files.writeString(dir.resolve("V0009__Empty.java"), "");
    MigrationSources.Result result = MigrationSources.read(dir, "migrations", "db.migration");
    assertEquals(
        List.of("db.migration.V0007__BackfillUserTypes"),
        result.migrations().stream().map(MigrationSource::className).toList());
    assertEquals(
        List.of("migrations/V0008__Folder.java", "migrations/V0009__Empty.java"),
        result.problems().stream().map(p -> p.args().get(0)).toList());
    assertEquals(
        List.of("db.migration.V0008__Folder", "db.migration.V0009__Empty"),
        result.problems().stream().map(Problem::position).toList());
  }

  @Test
  void missingFolder_holdsNoMigrations() throws Exception {
    assertEquals(0, MigrationSources.read(dir.resolve("none"), "none", "x").migrations().size());
  }
}
