package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.ScenarioProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling only some entity files, with the rest already compiled on the class path (as IDEs and
 * incremental builds do), never drops or changes the entities that are not in the compilation.
 */
class PartialBuildTest {

  @TempDir Path dir;

  @Test
  void oneUnchangedFile_compiledAlone_changesNothing() throws Exception {
    ScenarioProject project = new ScenarioProject(dir);
    ScenarioProject.Step full = project.useSources("corpus").compile();
    assertTrue(full.success(), full.diagnostics());
    byte[] snapshot = Files.readAllBytes(project.snapshotFile());

    ScenarioProject.Step partial = project.compileOnly("com/example/corpus/library/Book.java");
    assertTrue(partial.success(), partial.diagnostics());
    assertEquals("", partial.diagnostics());
    assertEquals(List.of(), partial.newMigrations());
    assertTrue(java.util.Arrays.equals(snapshot, Files.readAllBytes(project.snapshotFile())));
  }

  @Test
  void oneChangedFile_compiledAlone_migratesOnlyItsChange() throws Exception {
    ScenarioProject project = new ScenarioProject(dir);
    assertTrue(project.useSources("corpus").compile().success());
    Path magazine = project.sources().resolve("com/example/corpus/library/Magazine.java");
    Files.writeString(
        magazine,
        Files.readString(magazine)
            .replace("private String title;", "private String title;\n  private Integer issue;"));

    ScenarioProject.Step partial = project.compileOnly("com/example/corpus/library/Magazine.java");
    assertTrue(partial.success(), partial.diagnostics());
    assertEquals(1, partial.newMigrations().size());
    String migration = Files.readString(partial.newMigrations().get(0));
    String up = migration.substring(migration.indexOf("void up("), migration.indexOf("void down("));
    assertEquals(
        List.of("set local lock_timeout = '5s'", "alter table magazine add column issue integer"),
        statements(up),
        "nothing outside the compiled file changes");
  }

  private static List<String> statements(String body) {
    List<String> result = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("db\\.execute\\(\\s*\"([^\"]*)\"\\)").matcher(body);
    while (m.find()) {
      result.add(m.group(1));
    }
    return result;
  }
}
