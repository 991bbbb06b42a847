package dev.keel.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes an empty hand-written migration, {@code V<next version>__<Name>.java}, into the migrations
 * folder: the {@code new} command. The next version follows both the folder's migration files and
 * the migration index, which also lists migrations kept elsewhere (other modules, another folder).
 */
public final class MigrationSkeleton {

  /** A refusal to write, with the reason; the command line reports it as a usage error. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "_");

  private MigrationSkeleton() {}

  /**
   * Writes the skeleton.
   *
   * @param sourceRoot the source root, such as {@code src/main/java}
   * @param packageName the migrations' package, such as {@code db.migration}
   * @param name the migration's name, a Java identifier in UpperCamelCase
   * @param newestIndexed the newest version the migration index on the class path lists, 0 if none:
   *     the new version comes after it and after every migration file in the folder
   * @return the file written
   */
  public static Path write(Path sourceRoot, String packageName, String name, long newestIndexed)
      throws Refused, IOException {
    if (!isIdentifier(name) || name.contains("$")) {
      throw new Refused(
          "'"
              + name
              + "' is not a valid migration name: use a Java identifier in UpperCamelCase,"
              + " such as AddAuditTrigger.");
    }
    if (!isPackageName(packageName)) {
      throw new Refused("'" + packageName + "' is not a valid Java package name.");
    }
    Path folder = sourceRoot.resolve(packageName.replace('.', '/'));
    long next = Math.max(nextVersion(folder, name), newestIndexed + 1);
    String className = String.format(java.util.Locale.ROOT, "V%04d__%s", next, name);
    Path file = folder.resolve(className + ".java");
    if (Files.exists(file)) {
      throw new Refused(file + " exists already.");
    }
    Files.createDirectories(folder);
    Files.writeString(file, source(packageName, className, next, name), StandardCharsets.UTF_8);
    return file;
  }

  /** The highest version among the folder's migration files, plus one; refuses a taken name. */
  private static long nextVersion(Path folder, String name) throws Refused, IOException {
    long next = 1;
    if (!Files.isDirectory(folder)) {
      return next;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "V*__*.java")) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        String existing = fileName.substring(fileName.indexOf("__") + 2, fileName.length() - 5);
        if (existing.equals(name)) {
          throw new Refused(
              "A migration named " + name + " exists already: " + file + ". Choose another name.");
        }
        next = Math.max(next, versionOf(fileName) + 1);
      }
    }
    return next;
  }

  private static boolean isPackageName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty()
        || KEYWORDS.contains(name)
        || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static long versionOf(String fileName) {
    String digits = fileName.substring(1, fileName.indexOf("__"));
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return 0; // not a migration file: V-something else
    }
  }

  private static String source(String packageName, String className, long version, String name) {
    return "package "
        + packageName
        + ";\n\n"
        + "import dev.keel.runtime.KeelMigration;\n"
        + "import dev.keel.runtime.Migration;\n"
        + "import dev.keel.runtime.MigrationContext;\n"
        + "import java.sql.SQLException;\n\n"
        + "/**\n"
        + " * Hand-written migration "
        + version
        + ", "
        + name
        + ". Keel never generates or overwrites this file; it\n"
        + " * runs it in version order, records it in the history and reverts it like any other.\n"
        + " */\n"
        + "@KeelMigration(version = "
        + version
        + ", name = \""
        + name
        + "\")\n"
        + "public final class "
        + className
        + " implements Migration {\n\n"
        + "  @Override\n"
        + "  public void up(MigrationContext db) throws SQLException {\n"
        + "    // db.execute(\"...\");\n"
        + "  }\n\n"
        + "  @Override\n"
        + "  public void down(MigrationContext db) throws SQLException {\n"
        + "    // db.execute(\"...\"); undoes what up did\n"
        + "  }\n"
        + "}\n";
  }
}
