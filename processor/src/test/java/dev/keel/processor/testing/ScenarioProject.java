package dev.keel.processor.testing;

import dev.keel.processor.KeelProcessor;
import dev.keel.schema.Schema;
import dev.keel.schema.json.SnapshotCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A scratch project on disk that evolves in steps: each step replaces the entity sources with a
 * fixture folder and compiles everything (entities and committed migrations) with Keel's processor,
 * the way a full build does, into a fresh class output.
 */
public final class ScenarioProject {

  /** What one compilation produced. */
  public record Step(
      int number,
      boolean success,
      String diagnostics,
      Path classes,
      List<Path> newMigrations,
      Schema snapshot) {}

  private final Path dir;
  private final List<String> options;
  private int steps;
  private java.util.Random shuffle;
  private boolean projectDirOption = true;

  /**
   * @param dir an empty folder for the project
   * @param options extra processor options, e.g. {@code -Akeel.naming=jpa}
   */
  public ScenarioProject(Path dir, String... options) {
    this.dir = dir;
    this.options = List.of(options);
  }

  /** Hands the sources to javac in an order shuffled with this seed. */
  public ScenarioProject shuffle(long seed) {
    this.shuffle = new java.util.Random(seed);
    return this;
  }

  public Path dir() {
    return dir;
  }

  public Path sources() {
    return dir.resolve("src/main/java");
  }

  public Path snapshotFile() {
    return dir.resolve("src/main/keel/schema.json");
  }

  public Path migrationsFolder() {
    return sources().resolve("db/migration");
  }

  /**
   * Replaces every non-migration source with the fixture folders {@code cases/<fixture>}, laid over
   * each other in order: a later folder's file replaces an earlier one's, and a file named {@code
   * DELETED} lists source paths (one per line) that a layer removes.
   */
  public ScenarioProject useSources(String... fixtures) {
    try {
      deleteEntitySources();
      for (String fixture : fixtures) {
        copyFixture(fixture, sources());
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code cases/<fixture>} into {@code to}, applying its {@code DELETED} list there. */
  private static void copyFixture(String fixture, Path to) throws IOException {
    Path from = Path.of(resource("cases/" + fixture));
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (f.getFileName().toString().equals("DELETED")) {
          for (String line : Files.readAllLines(f)) {
            if (!line.isBlank() && !line.startsWith("#")) {
              Files.deleteIfExists(to.resolve(line.trim()));
            }
          }
          continue;
        }
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * The qualified names of the {@code @Entity} and {@code @Converter} classes now in the project.
   */
  public List<String> managedClassNames() {
    return managedClassNames(sources(), migrationsFolder());
  }

  /**
   * The qualified names of the {@code @Entity} and {@code @Converter} classes in source root {@code
   * root}, leaving out the folder {@code excluded}, sorted by path.
   */
  static List<String> managedClassNames(Path root, Path excluded) {
    List<String> result = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(f);
        if (!f.startsWith(excluded)
            && (text.contains("\n@Entity") || text.contains("\n@Converter"))) {
          String relative = root.relativize(f).toString().replace('/', '.');
          result.add(relative.substring(0, relative.length() - ".java".length()));
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles only the given sources (paths relative to {@code src/main/java}) into the last step's
   * class output, with that output on the class path: what an IDE or an incremental build does
   * after a few files changed.
   */
  public Step compileOnly(String... files) {
    Path classes = dir.resolve("target/classes-" + steps);
    List<Path> sourceFiles = new ArrayList<>();
    for (String f : files) {
      sourceFiles.add(sources().resolve(f));
    }
    return run(classes, sourceFiles, classes + java.io.File.pathSeparator);
  }

  /** Compiles the project as a full build does. */
  public Step compile() {
    try {
      Path classes = dir.resolve("target/classes-" + ++steps);
      return run(classes, javaFiles(sources()), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles fixture folder {@code cases/<fixture>} as the module's test sources ({@code
   * src/test/java}) into {@code target/test-classes}, with the last step's class output on the
   * class path and the same processor options: what Maven's {@code testCompile} does.
   */
  public Step compileTests(String fixture) {
    try {
      Path tests = dir.resolve("src/test/java");
      copyFixture(fixture, tests);
      Path main = dir.resolve("target/classes-" + steps);
      return run(
          dir.resolve("target/test-classes"), javaFiles(tests), main + java.io.File.pathSeparator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Leaves {@code -Akeel.projectDir} out of later compilations, so that the processor finds the
   * project directory itself (the class outputs are under {@code target/}).
   */
  public ScenarioProject withoutProjectDirOption() {
    this.projectDirOption = false;
    return this;
  }

  private Step run(Path classes, List<Path> sourceFiles, String classPathPrefix) {
    try {
      int n = steps;
      Path generated = dir.resolve("target/generated-" + n + "-" + System.nanoTime());
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      List<Path> before = migrationFiles();
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> args = new ArrayList<>();
      args.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
      args.addAll(List.of("-classpath", classPathPrefix + System.getProperty("java.class.path")));
      if (projectDirOption) {
        args.add("-Akeel.projectDir=" + dir);
      }
      args.addAll(options);
      boolean ok;
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
        JavaCompiler.CompilationTask task =
            javac.getTask(
                null,
                files,
                diagnostics,
                args,
                null,
                files.getJavaFileObjectsFromPaths(sourceFiles));
        task.setProcessors(List.of(new KeelProcessor()));
        ok = task.call();
      }
      List<Path> after = migrationFiles();
      after.removeAll(before);
      Schema snapshot =
          Files.exists(snapshotFile())
              ? SnapshotCodec.read(Files.readAllBytes(snapshotFile()))
              : Schema.EMPTY;
      String text =
          diagnostics.getDiagnostics().stream()
              .filter(ScenarioProject::relevant)
              .map(ScenarioProject::describe)
              .collect(Collectors.joining("\n"));
      return new Step(n, ok, text, classes, after, snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (dev.keel.schema.json.SnapshotFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The project's sources other than migrations, for compile-testing (which then checks messages
   * against them); the processor still reads migrations and snapshot from the project folder.
   */
  public List<JavaFileObject> entitySources() {
    List<JavaFileObject> result = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        if (!f.startsWith(migrationsFolder())) {
          result.add(com.google.testing.compile.JavaFileObjects.forResource(f.toUri().toURL()));
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The migration sources currently in the migrations folder, sorted. */
  public List<Path> migrationFiles() throws IOException {
    if (!Files.isDirectory(migrationsFolder())) {
      return new ArrayList<>();
    }
    try (Stream<Path> list = Files.list(migrationsFolder())) {
      return list.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private List<Path> javaFiles(Path root) throws IOException {
    List<Path> result;
    try (Stream<Path> files = Files.walk(root)) {
      result =
          files
              .filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
              .sorted()
              .collect(Collectors.toList());
    }
    if (shuffle != null) {
      java.util.Collections.shuffle(result, shuffle);
    }
    return result;
  }

  private void deleteEntitySources() throws IOException {
    if (!Files.isDirectory(sources())) {
      return;
    }
    try (Stream<Path> files = Files.walk(sources())) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isRegularFile(f) && !f.startsWith(migrationsFolder())) {
          Files.delete(f);
        }
      }
    }
  }

  /** Keel's own diagnostics and javac's errors and warnings; not javac's deprecation notes. */
  private static boolean relevant(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() != Diagnostic.Kind.NOTE || d.getMessage(Locale.ROOT).contains("[keel/");
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber();
    return d.getKind() + " " + where + " " + d.getMessage(Locale.ROOT);
  }

  static java.net.URI resource(String name) {
    URL url = ScenarioProject.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
