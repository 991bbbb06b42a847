package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.validate.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which compilations Keel works in, and where it finds the project: the module's main compilation
 * only, never its test compilation, and the project directory above the class output when no option
 * names it.
 */
class CompilationKindsTest {

  @TempDir Path dir;

  @Test
  void testCompilation_withTheSameOptions_writesNothing() throws Exception {
    // Maven hands compilerArgs to testCompile too, keel.projectDir and keel.allowDrop included
    ScenarioProject project = new ScenarioProject(dir, "-Akeel.allowDrop=member,audit");
    ScenarioProject.Step main = project.useSources("safety/base").compile();
    assertTrue(main.success(), main.diagnostics());
    byte[] snapshot = Files.readAllBytes(project.snapshotFile());

    ScenarioProject.Step tests = project.compileTests("toplevel-test-sources");
    assertTrue(tests.success(), tests.diagnostics());
    assertEquals("", tests.diagnostics());
    assertEquals(List.of(), tests.newMigrations());
    assertArrayEquals(snapshot, Files.readAllBytes(project.snapshotFile()));
    assertFalse(Files.exists(tests.classes().resolve("META-INF/keel")));
  }

  @Test
  void withoutTheOption_theProjectIsFoundAboveTheClassOutput() throws Exception {
    ScenarioProject project = new ScenarioProject(dir).withoutProjectDirOption();
    Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
    ScenarioProject.Step step = project.useSources("safety/base").compile();
    assertTrue(step.success(), step.diagnostics());
    assertEquals(
        List.of(project.migrationsFolder().resolve("V0001__CreateAuditAndMemberTables.java")),
        step.newMigrations());
    assertTrue(Files.exists(project.snapshotFile()));
  }

  @Test
  void withoutTheOption_andWithoutABuildFile_isAnError_atTheFirstEntity() throws Exception {
    ScenarioProject project = new ScenarioProject(dir).withoutProjectDirOption();
    ScenarioProject.Step step = project.useSources("safety/base").compile();
    assertFalse(step.success());
    assertTrue(
        step.diagnostics()
            .contains(
                "Audit.java:8 "
                    + Diagnostics.InvalidOption.format(
                        "keel.projectDir",
                        "(not set)",
                        "-Akeel.projectDir=<the module's directory>: Keel found no pom.xml or"
                            + " Gradle build file above the class output")),
        step.diagnostics());
    assertFalse(Files.exists(project.snapshotFile()));
  }
}
