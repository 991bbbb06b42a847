package dev.keel.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Checks that a timed run compiled and did what its mode is for, so that a broken run is never
 * timed: hibernate-processor wrote one metamodel class per entity; a Keel rebuild wrote no new
 * migration and wrote the migration index; a first-generation run wrote one migration and the
 * snapshot.
 */
final class RunCheck {

  private static final String INDEX = "META-INF/keel/migrations.index";

  private RunCheck() {}

  /**
   * Throws if the run failed.
   *
   * @param dir the run's output directory ({@code classes/}, {@code generated/})
   * @param project the project directory Keel was given
   * @param entities the number of entities compiled
   */
  static void check(Mode mode, Measurement m, Path dir, Path project, int entities)
      throws IOException {
    if (m.exitCode() != 0) {
      fail(mode, m, "javac exited with " + m.exitCode());
    }
    if (mode == Mode.HIBERNATE) {
      long metamodels = count(dir.resolve("generated/bench/model"), "_.java");
      if (metamodels != entities) {
        fail(mode, m, metamodels + " metamodel classes for " + entities + " entities");
      }
    } else if (mode.keel()) {
      int migrations = Workspace.migrations(project).size();
      if (migrations != 1) {
        fail(mode, m, migrations + " migrations in the project, expected 1");
      }
      if (!Files.exists(dir.resolve("classes").resolve(INDEX))) {
        fail(mode, m, "no " + INDEX);
      }
      if (mode == Mode.KEEL_FIRST && !Files.exists(Workspace.snapshot(project))) {
        fail(mode, m, "no snapshot written");
      }
    }
  }

  private static long count(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }

  private static void fail(Mode mode, Measurement m, String what) {
    throw new IllegalStateException(
        "Run '" + mode.label() + "' is not valid: " + what + "; javac's output: " + m.log());
  }
}
