package dev.keel.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.processor.KeelProcessor;
import dev.keel.processor.validate.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Fixture sources under {@code src/test/resources/cases}, compiled with compile-testing. */
public final class Fixtures {

  private Fixtures() {}

  /** Every {@code .java} file of fixture folder {@code cases/<folder>}, sorted by path. */
  public static List<JavaFileObject> sources(String folder) {
    Path root = Path.of(ScenarioProject.resource("cases/" + folder));
    try (Stream<Path> files = Files.walk(root)) {
      List<JavaFileObject> result = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        result.add(JavaFileObjects.forResource(f.toUri().toURL()));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The qualified names of the {@code @Entity} and {@code @Converter} classes of fixture folder
   * {@code cases/<folder>}: what an application hands to Hibernate.
   */
  public static List<String> entityClassNames(String folder) {
    Path root = Path.of(ScenarioProject.resource("cases/" + folder));
    return ScenarioProject.managedClassNames(root, root.resolve("db/migration"));
  }

  /** The fixture source whose path ends with {@code suffix}. */
  public static JavaFileObject source(List<JavaFileObject> sources, String suffix) {
    return sources.stream()
        .filter(s -> s.toUri().getPath().endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fixture " + suffix));
  }

  /** Compiles with Keel's processor, the project directory set to {@code project}. */
  public static Compilation compile(Path project, List<JavaFileObject> sources, String... options) {
    List<String> all = new ArrayList<>();
    all.add("-Akeel.projectDir=" + project);
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(new KeelProcessor()).withOptions(all).compile(sources);
  }

  /**
   * The text of a catalog message up to the first argument that a test cannot know exactly (such as
   * a parser's own wording), passed as {@link #UNKNOWN}.
   */
  public static String prefix(Diagnostics d, Object... args) {
    String full = d.format(args);
    int cut = full.indexOf(UNKNOWN);
    return cut < 0 ? full : full.substring(0, cut);
  }

  /** A placeholder argument for {@link #prefix}. */
  public static final String UNKNOWN = "\u0000";
}
