package dev.keel.bench.compile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paths of the javac runs, from the jars Maven copied into {@code target/paths/} ({@code
 * maven-dependency-plugin:copy-dependencies}, see this module's POM).
 *
 * @param compile the class path of the compiled sources: jakarta.persistence-api and keel-runtime
 * @param keel keel-processor and its dependencies
 * @param hibernate hibernate-processor and its dependencies
 * @param noop this module's classes, which hold the no-op processor
 */
record ProcessorPaths(String compile, String keel, String hibernate, String noop) {

  /** The paths of this module's build directory {@code target}. */
  static ProcessorPaths read(Path target) throws IOException {
    Path dir = target.resolve("paths");
    return new ProcessorPaths(
        jars(dir.resolve("compile")),
        jars(dir.resolve("keel")),
        jars(dir.resolve("hibernate")),
        target.resolve("classes").toString());
  }

  /** The jars in {@code dir}, sorted by name, as a path. */
  private static String jars(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(
          "Missing " + dir + ": build the module first (bench/compile/run.sh does)");
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(dir)) {
      jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
    if (jars.isEmpty()) {
      throw new IOException(dir + " holds no jars");
    }
    return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
