package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.ScenarioProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same entities give byte-identical snapshots, migrations, migration indexes and managed-type
 * lists whatever order javac sees the sources in, and in whichever folder the project lives.
 */
class DeterminismTest {

  @TempDir Path dir;

  @Test
  void shuffledSourceOrder_givesIdenticalBytes() throws Exception {
    byte[][] first = null;
    for (long seed : new long[] {1, 2, 3}) {
      ScenarioProject project = new ScenarioProject(dir.resolve("p" + seed)).shuffle(seed);
      ScenarioProject.Step step = project.useSources("types").compile();
      assertTrue(step.success(), step.diagnostics());
      List<Path> migrations = project.migrationFiles();
      byte[][] output = {
        Files.readAllBytes(project.snapshotFile()),
        Files.readAllBytes(migrations.get(0)),
        Files.readAllBytes(step.classes().resolve("META-INF/keel/migrations.index")),
        Files.readAllBytes(step.classes().resolve("META-INF/keel/managed-types.list"))
      };
      if (first == null) {
        first = output;
      } else {
        assertArrayEquals(first[0], output[0], "snapshot, seed " + seed);
        assertArrayEquals(first[1], output[1], "migration, seed " + seed);
        assertArrayEquals(first[2], output[2], "migration index, seed " + seed);
        assertArrayEquals(first[3], output[3], "managed-type list, seed " + seed);
      }
    }
  }
}
