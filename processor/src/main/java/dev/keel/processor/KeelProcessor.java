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
 * <p>Options ({@code -Akey=value}):
 *
 * <ul>
 *   <li>{@code keel.projectDir}: the module's base directory; by default the nearest directory
 *       above the class output that holds a {@code pom.xml} or Gradle build file.
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
 * </ul>
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
