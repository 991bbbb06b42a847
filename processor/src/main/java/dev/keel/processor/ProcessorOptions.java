package dev.keel.processor;

import dev.keel.processor.mapping.MappingOptions;
import dev.keel.processor.mapping.NamingStrategy;
import dev.keel.processor.mapping.Quoting;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The processor options ({@code -Akey=value}), parsed and checked. Every option is documented in
 * {@link KeelProcessor}'s Javadoc and in the README.
 *
 * @param projectDir the module's base directory, or empty to infer it from the class output
 * @param snapshot the snapshot file, relative to the project directory unless absolute
 * @param migrationsDir the source root migrations are written to, relative likewise
 * @param migrationsPackage the package of the migration classes
 * @param migrationName the name of the next generated migration, or empty to derive it
 * @param mapping naming and quoting
 */
public record ProcessorOptions(
    Optional<Path> projectDir,
    String snapshot,
    String migrationsDir,
    String migrationsPackage,
    String migrationName,
    MappingOptions mapping) {

  static final String PROJECT_DIR = "keel.projectDir";
  static final String SNAPSHOT = "keel.snapshot";
  static final String MIGRATIONS_DIR = "keel.migrations.dir";
  static final String MIGRATIONS_PACKAGE = "keel.migrations.package";
  static final String MIGRATION_NAME = "keel.migration.name";
  static final String NAMING = "keel.naming";
  static final String QUOTING = "keel.quoting";
  static final String BEAN_VALIDATION = "keel.beanValidation";

  /** Every option name, for {@code getSupportedOptions}. */
  static final List<String> ALL =
      List.of(
          PROJECT_DIR,
          SNAPSHOT,
          MIGRATIONS_DIR,
          MIGRATIONS_PACKAGE,
          MIGRATION_NAME,
          NAMING,
          QUOTING,
          BEAN_VALIDATION);

  /** The parsed options and any problems with their values. */
  record Parsed(ProcessorOptions options, List<Problem> problems) {}

  static Parsed parse(Map<String, String> raw) {
    List<Problem> problems = new ArrayList<>();
    String naming = raw.getOrDefault(NAMING, NamingStrategy.SNAKE_CASE.option()).trim();
    NamingStrategy strategy = NamingStrategy.fromOption(naming);
    if (strategy == null) {
      problems.add(invalid(NAMING, naming, "'snake_case' (the default) or 'jpa'"));
      strategy = NamingStrategy.SNAKE_CASE;
    }
    String quotingValue = raw.getOrDefault(QUOTING, Quoting.NONE.option()).trim();
    Quoting quoting = Quoting.fromOption(quotingValue);
    if (quoting == null) {
      problems.add(invalid(QUOTING, quotingValue, "'none' (the default), 'keywords' or 'all'"));
      quoting = Quoting.NONE;
    }
    String validation = raw.getOrDefault(BEAN_VALIDATION, "true").trim();
    if (!validation.equals("true") && !validation.equals("false")) {
      problems.add(invalid(BEAN_VALIDATION, validation, "'true' (the default) or 'false'"));
      validation = "true";
    }
    String pkg = raw.getOrDefault(MIGRATIONS_PACKAGE, "db.migration").trim();
    if (!pkg.isEmpty() && !SourceVersion.isName(pkg)) {
      problems.add(invalid(MIGRATIONS_PACKAGE, pkg, "a Java package name such as 'db.migration'"));
      pkg = "db.migration";
    }
    String name = raw.getOrDefault(MIGRATION_NAME, "").trim();
    if (!name.isEmpty() && !name.matches("[A-Z][A-Za-z0-9]*")) {
      problems.add(
          invalid(MIGRATION_NAME, name, "a name in UpperCamelCase such as 'AddUserIndexes'"));
      name = "";
    }
    Optional<Path> projectDir =
        Optional.ofNullable(raw.get(PROJECT_DIR)).filter(s -> !s.isBlank()).map(Path::of);
    return new Parsed(
        new ProcessorOptions(
            projectDir,
            raw.getOrDefault(SNAPSHOT, "src/main/keel/schema.json").trim(),
            raw.getOrDefault(MIGRATIONS_DIR, "src/main/java").trim(),
            pkg,
            name,
            new MappingOptions(strategy, quoting, Boolean.parseBoolean(validation))),
        problems);
  }

  private static Problem invalid(String option, String value, String expected) {
    return Problem.at("", Diagnostics.InvalidOption, option, value, expected);
  }

  /** {@code path} against the project directory, unless it is absolute. */
  Path resolve(Path project, String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p : project.resolve(p).normalize();
  }
}
