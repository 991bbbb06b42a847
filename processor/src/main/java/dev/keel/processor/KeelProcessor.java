package dev.keel.processor;

import com.google.auto.service.AutoService;
import dev.keel.processor.entity.EntityScanner;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Reporter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Keel's annotation processor: maps the module's JPA entities to a PostgreSQL schema, diffs it
 * against the committed snapshot, and where they differ writes a migration class into the committed
 * migrations folder (compiled in this same build), updates the snapshot, and writes the migration
 * index the runtime reads.
 *
 * <p>Options ({@code -Akey=value}; an option given without a value, {@code -Akey} or {@code
 * -Akey=}, takes its default, except a boolean option, which it turns on):
 *
 * <ul>
 *   <li>{@code keel.projectDir}: the module's base directory, an absolute path to an existing
 *       directory (in Maven {@code ${project.basedir}}); by default the nearest directory above the
 *       class output that holds a {@code pom.xml} or Gradle build file.
 *   <li>{@code keel.snapshot}: the snapshot file, default {@code src/main/keel/schema.json}.
 *   <li>{@code keel.migrations.dir}: the source root migrations go to, default {@code
 *       src/main/java}; if it is another folder, make it a source root of the build.
 *   <li>{@code keel.migrations.package}: their package, default {@code db.migration}.
 *   <li>{@code keel.migration.name}: the name of the next generated migration (UpperCamelCase); by
 *       default it is derived from the change, e.g. {@code AddProfilePictureToUsers}.
 *   <li>{@code keel.naming}: {@code snake_case} (default; Spring Boot's naming) or {@code jpa}
 *       (Hibernate's default naming, names as written).
 *   <li>{@code keel.quoting}: {@code none} (default), {@code keywords} (as {@code
 *       hibernate.auto_quote_keyword=true}) or {@code all} (as {@code
 *       hibernate.globally_quoted_identifiers=true}).
 *   <li>{@code keel.beanValidation}: {@code true} (default) if Hibernate Validator is on the
 *       application's class path, so that Bean Validation constraints ({@code @NotNull},
 *       {@code @Size(max)}, ...) become DDL as Hibernate makes them; {@code false} otherwise.
 *   <li>{@code keel.online}: {@code true} for the online, lock-avoiding forms of statements on
 *       existing tables ({@code create index concurrently}, ...); default {@code false}.
 *   <li>{@code keel.lockTimeout}: the {@code lock_timeout} every generated migration sets, default
 *       {@code 5s} ({@code 500ms}, {@code 2m}; at most 2147483647ms, PostgreSQL's limit), or {@code
 *       none}.
 *   <li>{@code keel.allowDrop}: tables that may be dropped, comma-separated.
 *   <li>{@code keel.check}: {@code true} to fail instead of generating when the entities differ
 *       from the committed snapshot (for CI); default {@code false}.
 * </ul>
 *
 * <p>A test compilation (class output {@code test-classes}) is skipped whatever the options say:
 * Maven passes the same options to it, and test sources are not the application's schema.
 *
 * <p>It never claims annotations ({@link #process} returns false), so other processors, such as
 * Hibernate's metamodel generator, see them too. Paths relative to the project directory are
 * resolved against it; relative paths never end up in generated files.
 */
@AutoService(Processor.class)
public final class KeelProcessor extends AbstractProcessor {

  private final Set<String> managedTypes = new TreeSet<>();
  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return new TreeSet<>(ProcessorOptions.ALL);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      if (done) {
        return false;
      }
      for (TypeElement t : EntityScanner.managedTypes(round.getRootElements())) {
        managedTypes.add(t.getQualifiedName().toString());
      }
      ModuleRun run = new ModuleRun(processingEnv, reporter, managedTypes);
      if (!round.processingOver() && run.hasUnresolvedTypes()) {
        return false; // another processor may generate them in the next round
      }
      done = true;
      run.execute();
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.report(Diagnostics.InternalError, null, e, trace);
    }
    return false;
  }
}
