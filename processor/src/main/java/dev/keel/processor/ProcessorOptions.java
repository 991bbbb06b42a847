package dev.keel.processor;

import dev.keel.processor.mapping.MappingOptions;
import dev.keel.processor.mapping.NamingStrategy;
import dev.keel.processor.mapping.Quoting;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 * @param check whether to fail instead of generating when the entities differ from the snapshot
 * @param online whether to use the online (lock-avoiding) forms of statements
 * @param lockTimeout the {@code lock_timeout} every generated migration sets, or null for none
 * @param allowDrop tables that may be dropped, from the option (canonical names)
 */
public record ProcessorOptions(
    Optional<Path> projectDir,
    String snapshot,
    String migrationsDir,
    String migrationsPackage,
    String migrationName,
    MappingOptions mapping,
    boolean check,
    boolean online,
    java.time.Duration lockTimeout,
    java.util.Set<String> allowDrop) {

  static final String PROJECT_DIR = "keel.projectDir";
  static final String SNAPSHOT = "keel.snapshot";
  static final String MIGRATIONS_DIR = "keel.migrations.dir";
  static final String MIGRATIONS_PACKAGE = "keel.migrations.package";
  static final String MIGRATION_NAME = "keel.migration.name";
  static final String NAMING = "keel.naming";
  static final String QUOTING = "keel.quoting";
  static final String BEAN_VALIDATION = "keel.beanValidation";
  static final String CHECK = "keel.check";
  static final String ONLINE = "keel.online";
  static final String LOCK_TIMEOUT = "keel.lockTimeout";
  static final String ALLOW_DROP = "keel.allowDrop";

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
          BEAN_VALIDATION,
          CHECK,
          ONLINE,
          LOCK_TIMEOUT,
          ALLOW_DROP);

  /** The parsed options and any problems with their values. */
  record Parsed(ProcessorOptions options, List<Problem> problems) {}

  static Parsed parse(Map<String, String> raw) {
    List<Problem> problems = new ArrayList<>();
    NamingStrategy strategy = namingStrategy(raw, problems);
    Quoting quoting = quoting(raw, problems);
    boolean validation = bool(raw, BEAN_VALIDATION, true, problems);
    boolean check = bool(raw, CHECK, false, problems);
    boolean online = bool(raw, ONLINE, false, problems);
    java.time.Duration lockTimeout = lockTimeout(raw, problems);
    java.util.Set<String> allowDrop = allowDrop(raw);
    String pkg = migrationsPackage(raw, problems);
    String name = migrationName(raw, problems);
    Optional<Path> projectDir = projectDir(raw, problems);
    return new Parsed(
        new ProcessorOptions(
            projectDir,
            path(raw, SNAPSHOT, "src/main/keel/schema.json", problems),
            path(raw, MIGRATIONS_DIR, "src/main/java", problems),
            pkg,
            name,
            new MappingOptions(strategy, quoting, validation),
            check,
            online,
            lockTimeout,
            allowDrop),
        problems);
  }

  /**
   * The option's value, trimmed, or {@code fallback} when it is not given, given without a value
   * ({@code -Akey}, {@code -Akey=}: javac passes null for both) or blank.
   */
  private static String value(Map<String, String> raw, String option, String fallback) {
    String value = raw.get(option);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /** Whether the option is given without a value, as a flag: {@code -Akeel.check}. */
  private static boolean flag(Map<String, String> raw, String option) {
    return raw.containsKey(option) && raw.get(option) == null;
  }

  /**
   * The project directory option: the absolute path of an existing directory, or empty to find it.
   * A relative path would depend on the folder the build tool started javac in, and a path that
   * does not exist would silently start a new migration history there.
   */
  private static Optional<Path> projectDir(Map<String, String> raw, List<Problem> problems) {
    String value = value(raw, PROJECT_DIR, "");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> dir = toPath(value).filter(p -> p.isAbsolute() && Files.isDirectory(p));
    if (dir.isEmpty()) {
      problems.add(
          invalid(
              PROJECT_DIR,
              value,
              "the absolute path of the module's existing directory (in Maven"
                  + " ${project.basedir}), or leave it out to find it above the class output"));
    }
    return dir.map(Path::normalize);
  }

  /** A path option; the default if the value is not a path. */
  private static String path(
      Map<String, String> raw, String option, String fallback, List<Problem> problems) {
    String value = value(raw, option, fallback);
    if (toPath(value).isEmpty()) {
      problems.add(invalid(option, value, "a path such as '" + fallback + "'"));
      return fallback;
    }
    return value;
  }

  private static Optional<Path> toPath(String value) {
    try {
      return Optional.of(Path.of(value));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** The naming strategy option; snake_case if the value is not one. */
  private static NamingStrategy namingStrategy(Map<String, String> raw, List<Problem> problems) {
    String naming = value(raw, NAMING, NamingStrategy.SNAKE_CASE.option());
    NamingStrategy strategy = NamingStrategy.fromOption(naming);
    if (strategy == null) {
      problems.add(invalid(NAMING, naming, "'snake_case' (the default) or 'jpa'"));
      return NamingStrategy.SNAKE_CASE;
    }
    return strategy;
  }

  /** The quoting option; none if the value is not one. */
  private static Quoting quoting(Map<String, String> raw, List<Problem> problems) {
    String quotingValue = value(raw, QUOTING, Quoting.NONE.option());
    Quoting quoting = Quoting.fromOption(quotingValue);
    if (quoting == null) {
      problems.add(invalid(QUOTING, quotingValue, "'none' (the default), 'keywords' or 'all'"));
      return Quoting.NONE;
    }
    return quoting;
  }

  /** The tables listed in the allow-drop option, canonical and sorted. */
  private static java.util.Set<String> allowDrop(Map<String, String> raw) {
    java.util.Set<String> allowDrop = new java.util.TreeSet<>();
    for (String t : value(raw, ALLOW_DROP, "").split(",")) {
      if (!t.isBlank()) {
        allowDrop.add(dev.keel.schema.Identifiers.canonical(t.trim()));
      }
    }
    return allowDrop;
  }

  /** The migrations package option; {@code db.migration} if the value is not a package name. */
  private static String migrationsPackage(Map<String, String> raw, List<Problem> problems) {
    String pkg = value(raw, MIGRATIONS_PACKAGE, "db.migration");
    if (!SourceVersion.isName(pkg)) {
      problems.add(invalid(MIGRATIONS_PACKAGE, pkg, "a Java package name such as 'db.migration'"));
      return "db.migration";
    }
    return pkg;
  }

  /** The migration name option; empty (derive it) if the value is not UpperCamelCase. */
  private static String migrationName(Map<String, String> raw, List<Problem> problems) {
    String name = value(raw, MIGRATION_NAME, "");
    if (!name.isEmpty() && !name.matches("[A-Z][A-Za-z0-9]*")) {
      problems.add(
          invalid(MIGRATION_NAME, name, "a name in UpperCamelCase such as 'AddUserIndexes'"));
      return "";
    }
    return name;
  }

  /** A boolean option; given without a value ({@code -Akeel.check}) it is true. */
  private static boolean bool(
      Map<String, String> raw, String option, boolean fallback, List<Problem> problems) {
    if (flag(raw, option)) {
      return true;
    }
    String value = value(raw, option, String.valueOf(fallback));
    if (!value.equals("true") && !value.equals("false")) {
      problems.add(invalid(option, value, "'true' or 'false' (default " + fallback + ")"));
      return fallback;
    }
    return Boolean.parseBoolean(value);
  }

  /**
   * The lock timeout option: {@code 5s}, {@code 500ms}, {@code 2m} (or {@code 2min}), at most
   * {@link Integer#MAX_VALUE} milliseconds (PostgreSQL's limit); {@code 0} or {@code none} for no
   * lock timeout (null).
   */
  private static java.time.Duration lockTimeout(Map<String, String> raw, List<Problem> problems) {
    String value = value(raw, LOCK_TIMEOUT, "5s");
    if (value.equals("0") || value.equals("none")) {
      return null;
    }
    // at most 10 digits: the product with a unit cannot overflow a long
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,10})(ms|s|min|m)").matcher(value);
    long millis = m.matches() ? Long.parseLong(m.group(1)) * unitMillis(m.group(2)) : 0;
    if (millis < 1 || millis > Integer.MAX_VALUE) {
      problems.add(
          invalid(
              LOCK_TIMEOUT,
              value,
              "a duration such as '5s', '500ms' or '2m' of at most "
                  + Integer.MAX_VALUE
                  + "ms (PostgreSQL's limit), or 'none'"));
      return java.time.Duration.ofSeconds(5);
    }
    return java.time.Duration.ofMillis(millis);
  }

  private static long unitMillis(String unit) {
    switch (unit) {
      case "ms":
        return 1;
      case "s":
        return 1_000;
      default:
        return 60_000;
    }
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
