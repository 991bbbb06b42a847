package dev.keel.processor;

import dev.keel.processor.emit.MigrationIndexWriter;
import dev.keel.processor.emit.MigrationSource;
import dev.keel.processor.emit.MigrationSources;
import dev.keel.processor.entity.EntityScanner;
import dev.keel.processor.entity.ScanResult;
import dev.keel.processor.entity.SourcePositions;
import dev.keel.processor.mapping.MappingResult;
import dev.keel.processor.mapping.SchemaMapper;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.EntityValidator;
import dev.keel.processor.validate.Problem;
import dev.keel.processor.validate.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * One run of the pipeline for the module being compiled: options, paths, snapshot, scan, validate,
 * map, diff, and the files. Everything that stops generation is reported first; if any error was
 * reported, no migration and no snapshot are written.
 */
final class ModuleRun {

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final Set<String> managedTypeNames;
  private final SourcePositions positions = new SourcePositions();

  ModuleRun(ProcessingEnvironment env, Reporter reporter, Set<String> managedTypeNames) {
    this.env = env;
    this.reporter = reporter;
    this.managedTypeNames = managedTypeNames;
  }

  /** Whether a managed type has a member whose type javac could not (yet) resolve. */
  boolean hasUnresolvedTypes() {
    return EntityScanner.hasUnresolvedTypes(resolve(managedTypeNames));
  }

  void execute() {
    Optional<Path> classOutput = ProjectPaths.quietlyFindClassOutput(env.getFiler());
    if (ProjectPaths.isTestOutput(classOutput)) {
      // test sources are not the application's schema, whatever options Maven passes along
      return;
    }
    ProcessorOptions.Parsed parsed = ProcessorOptions.parse(env.getOptions());
    reporter.report(parsed.problems(), positions);
    if (reporter.hasErrors()) {
      return;
    }
    ProcessorOptions options = parsed.options();
    Optional<ProjectPaths> found = ProjectPaths.resolve(options, classOutput);
    List<TypeElement> types = resolve(managedTypeNames);
    if (found.isEmpty()) {
      reportNoProjectDir(types);
      return;
    }
    ProjectPaths paths = found.get();
    List<TypeElement> all = withEarlierTypes(paths);
    if (!reporter.hasErrors()) {
      runPipeline(options, paths, all);
    }
  }

  /** Reports, at the first managed type if there is one, that the project directory is unknown. */
  private void reportNoProjectDir(List<TypeElement> types) {
    if (!types.isEmpty()) {
      reporter.report(
          Diagnostics.InvalidOption,
          types.get(0),
          "keel.projectDir",
          "(not set)",
          "-Akeel.projectDir=<the module's directory>: Keel found no pom.xml or Gradle build"
              + " file above the class output");
    }
  }

  /**
   * Scans, validates and maps the types and reads the committed files; if nothing is wrong,
   * generates and writes the migration index and the managed type list. What validation finds is
   * reported first, before mapping.
   */
  private void runPipeline(ProcessorOptions options, ProjectPaths paths, List<TypeElement> types) {
    ScanResult scan = new EntityScanner(env, positions).scan(types);
    String anchor = types.isEmpty() ? "" : types.get(0).getQualifiedName().toString();
    reporter.report(EntityValidator.validate(scan), positions);
    MappingResult mapped = SchemaMapper.map(scan, options.mapping());
    List<Problem> problems = new ArrayList<>(mapped.problems());
    Generation generation = new Generation(env.getFiler(), paths, options, anchor);
    generation.readSnapshot(mapped.schema()).ifPresent(problems::add);
    MigrationSources.Result migrations = generation.readMigrations();
    migrations.problems().forEach(p -> anchorAtClass(p.position()));
    problems.addAll(migrations.problems());
    reporter.report(problems, positions);
    if (reporter.hasErrors()) {
      return;
    }
    List<MigrationSource> all = new ArrayList<>(migrations.migrations());
    reporter.report(generation.generate(mapped, all), positions);
    if (!reporter.hasErrors()) {
      if (!all.isEmpty() || Files.isDirectory(paths.migrationsFolder())) {
        writeToClassOutput(MigrationIndexWriter.RESOURCE, MigrationIndexWriter.write(all));
      }
      writeToClassOutput(ManagedTypeList.RESOURCE, ManagedTypeList.text(scan));
    }
  }

  /**
   * Lets problems keyed by a migration class's name be reported on that class, where javac knows it
   * (it is in this compilation or on the class path); a file with no such class has none.
   */
  private void anchorAtClass(String qualifiedName) {
    if (positions.find(qualifiedName).isEmpty()) {
      TypeElement t = env.getElementUtils().getTypeElement(qualifiedName);
      if (t != null) {
        positions.put(qualifiedName, t, null, null);
      }
    }
  }

  /**
   * This compilation's managed types and those an earlier compilation of this module saw that are
   * not in this one but still exist (compiled, on the class path): an IDE or incremental build
   * compiles a few files at a time, and an entity counts as removed only if its type cannot be
   * found at all. Reports a list that cannot be read (and returns none).
   */
  private List<TypeElement> withEarlierTypes(ProjectPaths paths) {
    Set<String> names = new TreeSet<>(managedTypeNames);
    try {
      names.addAll(ManagedTypeList.read(paths.classOutput()));
    } catch (IOException e) {
      // without the list, the entities outside this compilation would look removed
      reporter.report(
          Diagnostics.ClassOutputUnreadable, null, ManagedTypeList.RESOURCE, e.toString());
      return List.of();
    }
    return resolve(names);
  }

  /**
   * Writes a resource to the class output, reporting a failure (javac's Filer throws
   * IllegalArgumentException where a folder is in the way).
   */
  private void writeToClassOutput(String resource, String text) {
    try {
      FileObject file = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource);
      try (Writer w = file.openWriter()) {
        w.write(text);
      }
    } catch (IOException | IllegalArgumentException e) {
      reporter.report(Diagnostics.ClassOutputNotWritable, null, resource, e.toString());
    }
  }

  /** The types of these qualified names that javac can find, in the names' order. */
  private List<TypeElement> resolve(Set<String> names) {
    List<TypeElement> result = new ArrayList<>();
    for (String name : names) {
      TypeElement t = env.getElementUtils().getTypeElement(name);
      if (t != null) {
        result.add(t);
      }
    }
    return result;
  }
}
