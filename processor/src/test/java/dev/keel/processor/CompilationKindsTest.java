package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.ScenarioProject;
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
}
