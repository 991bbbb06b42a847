package dev.keel.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the module's committed files are: the project directory (given, or found above the class
 * output), and the snapshot and migrations folder resolved against it.
 *
 * @param project the module's base directory
 * @param snapshot the snapshot file
 * @param migrationsRoot the source root migrations are written to
 * @param migrationsFolder the package folder inside it
 * @param classOutput the class output folder, when it is a folder on disk
 */
record ProjectPaths(
    Path project,
    Path snapshot,
    Path migrationsRoot,
    Path migrationsFolder,
    Optional<Path> classOutput) {

  private static final int MAX_LEVELS = 6;

  /**
   * The paths, or empty when the project directory is neither given nor found above {@code output}.
   */
  static Optional<ProjectPaths> resolve(ProcessorOptions options, Optional<Path> output) {
    Optional<Path> project = options.projectDir().or(() -> output.flatMap(ProjectPaths::buildRoot));
    return project.map(
        p -> {
          Path root = options.resolve(p, options.migrationsDir());
          Path folder = root.resolve(options.migrationsPackage().replace('.', '/'));
          return new ProjectPaths(p, options.resolve(p, options.snapshot()), root, folder, output);
        });
  }

  /** The snapshot's path relative to the project, with forward slashes, for messages. */
  String snapshotForMessages() {
    return relative(snapshot);
  }

  /** {@code file} relative to the project, with forward slashes, for messages. */
  String relative(Path file) {
    Path p = file.startsWith(project) ? project.relativize(file) : file;
    return p.toString().replace('\\', '/');
  }

  /** Whether {@code classOutput} is a test compilation's ({@code test-classes}). */
  static boolean isTestOutput(Optional<Path> classOutput) {
    return classOutput
        .map(Path::getFileName)
        .map(name -> name.toString().equals("test-classes"))
        .orElse(false);
  }

  /**
   * The class output folder, found by asking the Filer where a resource would go; empty when the
   * Filer has no class output or it is not a folder on disk (an in-memory compilation), which is
   * what an exception here means.
   */
  static Optional<Path> quietlyFindClassOutput(Filer filer) {
    try {
      FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "keel-probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      return Optional.ofNullable(Path.of(uri).getParent());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> buildRoot(Path classOutput) {
    Path p = classOutput;
    for (int i = 0; i < MAX_LEVELS && p != null; i++, p = p.getParent()) {
      if (Files.exists(p.resolve("pom.xml"))
          || Files.exists(p.resolve("build.gradle"))
          || Files.exists(p.resolve("build.gradle.kts"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
