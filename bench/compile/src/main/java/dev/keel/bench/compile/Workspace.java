package dev.keel.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scratch project of one shape and size, under {@code target/bench-compile/<shape>-<size>/}:
 * {@code project/} holds the generated entities and, once Keel has run on it, its migration and
 * snapshot; {@code first/} is the project directory of first-generation runs, emptied before each;
 * {@code runs/} holds each run's class output while it lasts.
 */
final class Workspace {

  private static final String MIGRATIONS = "src/main/java/db/migration";
  private static final String SNAPSHOT = "src/main/keel/schema.json";

  private final Path root;
  private final EntityShape shape;
  private final int size;
  private final List<Path> entitySources;
  private int runs;

  private Workspace(Path root, EntityShape shape, int size, List<Path> entitySources) {
    this.root = root;
    this.shape = shape;
    this.size = size;
    this.entitySources = List.copyOf(entitySources);
  }

  /** A new workspace under {@code base}, with freshly generated sources. */
  static Workspace create(Path base, EntityShape shape, int size, long seed) throws IOException {
    Path root = base.resolve(shape.option() + "-" + size);
    delete(root);
    List<Path> sources =
        EntityGenerator.generate(root.resolve("project/src/main/java"), size, shape, seed);
    return new Workspace(root, shape, size, sources);
  }

  EntityShape shape() {
    return shape;
  }

  int size() {
    return size;
  }

  /** The project directory of rebuilds, which holds the committed migration and snapshot. */
  Path project() {
    return root.resolve("project");
  }

  /** The project directory of first-generation runs. */
  Path firstProject() {
    return root.resolve("first");
  }

  /** The migration files in {@code project}'s migrations folder, sorted. */
  static List<Path> migrations(Path project) throws IOException {
    Path folder = project.resolve(MIGRATIONS);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  /** {@code project}'s snapshot file. */
  static Path snapshot(Path project) {
    return project.resolve(SNAPSHOT);
  }

  /**
   * Writes a javac argument file listing the entity sources and {@code extra} sources, and returns
   * it.
   */
  Path argumentFile(String name, List<Path> extra) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path p : entitySources) {
      lines.add(quote(p));
    }
    for (Path p : extra) {
      lines.add(quote(p));
    }
    return Files.write(root.resolve(name), lines, StandardCharsets.UTF_8);
  }

  /** A new, empty directory for one run's output, named after {@code what}. */
  Path newRunDirectory(String what) throws IOException {
    runs++;
    return Files.createDirectories(root.resolve("runs").resolve(what + "-" + runs));
  }

  private static String quote(Path p) {
    return '"' + p.toAbsolutePath().toString().replace("\\", "\\\\") + '"';
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
