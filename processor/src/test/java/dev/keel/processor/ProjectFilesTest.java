package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.emit.MigrationSources;
import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.validate.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private void assertFailsWith(String message) {
    ScenarioProject.Step step = project.compile();
    assertFalse(step.success());
    assertTrue(step.diagnostics().contains(message), step.diagnostics());
  }

  @Test
  void generatedMigrationWithoutItsAnnotation_isUnreadable_notAnOffChainSnapshot()
      throws Exception {
    String source = Files.readString(v1());
    Files.writeString(
        v1(),
        source.substring(0, source.indexOf("@KeelMigration("))
            + source.substring(source.indexOf("public final class")));
    ScenarioProject.Step step = project.compile();
    assertFalse(step.success());
    assertTrue(
        step.diagnostics()
            .contains(
                Diagnostics.MigrationUnreadable.format(
                    V1, MigrationSources.KEEL_MIGRATION_REMOVED)),
        step.diagnostics());
    assertFalse(
        step.diagnostics()
            .contains(Fixtures.prefix(Diagnostics.SnapshotOffChain, Fixtures.UNKNOWN)),
        step.diagnostics());
  }
}
