package dev.keel.processor.emit;

import dev.keel.processor.emit.JavaTokens.Kind;
import dev.keel.processor.emit.JavaTokens.Token;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the migrations of a module from its migrations folder: every {@code V<n>__<Name>.java},
 * generated or hand-written, with what its {@code @KeelMigration} records and the checksum of its
 * source as it is now.
 */
public final class MigrationSources {

  /** File names of migrations: {@code V0002__AddProfilePictureToUsers.java}. */
  public static final Pattern FILE = Pattern.compile("V(\\d+)__([A-Za-z_$][A-Za-z0-9_$]*)\\.java");

  /**
   * A migration Keel generated whose {@code @KeelMigration} hashes are gone: read as hand-written,
   * it would break the chain and the message would blame the snapshot.
   */
  static final class HashesRemoved extends IllegalArgumentException {
    HashesRemoved() {
      super("Keel generated it, but its @KeelMigration(startsFrom, endsAt) was removed");
    }
  }

  /** What was read, and what could not be. */
  public record Result(List<MigrationSource> migrations, List<Problem> problems) {}

  private MigrationSources() {}

  /**
   * Reads {@code folder} (the package folder); a missing folder holds no migrations. A file that
   * cannot be read or parsed is a problem at its class, naming the file as {@code shownFolder} (the
   * folder as messages show it) and its name; the others are still read.
   *
   * @throws IOException if the folder cannot be listed
   */
  public static Result read(Path folder, String shownFolder, String packageName)
      throws IOException {
    List<MigrationSource> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return new Result(List.of(), List.of());
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String at = packageName + "." + simpleName(fileName);
      String shown = shownFolder + "/" + fileName;
      try {
        found.add(parse(fileName, packageName, readSource(file)));
      } catch (IOException e) {
        problems.add(Problem.at(at, Diagnostics.MigrationUnreadable, shown, e.toString()));
      } catch (HashesRemoved e) {
        problems.add(Problem.at(at, Diagnostics.GeneratedMigrationWithoutHashes, shown));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.at(at, Diagnostics.MigrationUnreadable, shown, e.getMessage()));
      }
    }
    found.sort(java.util.Comparator.comparingLong(MigrationSource::version));
    return new Result(found, problems);
  }

  /**
   * The text of a migration file, decoded as UTF-8 with bytes that are not UTF-8 replaced: the
   * processor cannot know the compiler's encoding, and a comment in another encoding (comments do
   * not count in the checksum) must not stop the build. (Inside a string literal, which counts,
   * every such byte reads as U+FFFD: swapping one for another is not seen as a change.)
   */
  private static String readSource(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static String simpleName(String fileName) {
    return fileName.substring(0, fileName.length() - ".java".length());
  }

  /** Parses one migration source; throws IllegalArgumentException saying what is wrong. */
  static MigrationSource parse(String fileName, String packageName, String source) {
    Matcher m = FILE.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException("the file name is not V<version>__<Name>.java");
    }
    long version = Long.parseLong(m.group(1));
    String simpleName = simpleName(fileName);
    List<Token> tokens = JavaTokens.tokenize(source);
    Map<String, String> recorded = annotationValues(tokens);
    if (recorded.containsKey("version") && parseVersion(recorded.get("version")) != version) {
      throw new IllegalArgumentException(
          "its @KeelMigration(version = "
              + recorded.get("version")
              + ") differs from the version "
              + version
              + " in its file name");
    }
    if (!declaresClass(tokens, simpleName)) {
      throw new IllegalArgumentException("it does not declare a class named " + simpleName);
    }
    if (generatedByKeel(tokens)
        && (recorded.getOrDefault("startsFrom", "").isEmpty()
            || recorded.getOrDefault("endsAt", "").isEmpty())) {
      throw new HashesRemoved();
    }
    return new MigrationSource(
        version,
        m.group(2),
        packageName + "." + simpleName,
        fileName,
        recorded.getOrDefault("startsFrom", ""),
        recorded.getOrDefault("endsAt", ""),
        MigrationChecksum.ofTokens(MigrationChecksum.classBody(tokens)));
  }

  private static long parseVersion(String v) {
    try {
      return Long.parseLong(v.replace("_", "").replaceAll("[lL]$", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("its @KeelMigration(version = " + v + ") is not a number");
    }
  }

  private static boolean declaresClass(List<Token> tokens, String simpleName) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is("class") && tokens.get(i + 1).is(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The member values of the first {@code @KeelMigration(...)}: literals only. */
  static Map<String, String> annotationValues(List<Token> tokens) {
    Map<String, String> values = new HashMap<>();
    int i = 0;
    while (i + 1 < tokens.size()) {
      if (tokens.get(i).is("@") && isKeelMigration(tokens, i + 1)) {
        break;
      }
      i++;
    }
    while (i < tokens.size() && !tokens.get(i).is("(")) {
      if (tokens.get(i).is("class")) {
        return values;
      }
      i++;
    }
    for (i = i + 1; i + 2 < tokens.size() && !tokens.get(i).is(")"); i++) {
      if (tokens.get(i).kind() == Kind.IDENTIFIER && tokens.get(i + 1).is("=")) {
        StringBuilder value = new StringBuilder();
        int j = i + 2;
        while (j < tokens.size() && !tokens.get(j).is(",") && !tokens.get(j).is(")")) {
          if (!tokens.get(j).is("+")) {
            value.append(tokens.get(j).text());
          }
          j++;
        }
        values.put(tokens.get(i).text(), value.toString());
        i = j - 1;
      }
    }
    return values;
  }

  private static boolean isKeelMigration(List<Token> tokens, int at) {
    return tokens.get(nameEnd(tokens, at)).is("KeelMigration");
  }

  /** The index of the last part of the (possibly qualified) name that starts at {@code at}. */
  private static int nameEnd(List<Token> tokens, int at) {
    int i = at;
    while (i + 2 < tokens.size() && tokens.get(i + 1).is(".")) {
      i += 2;
    }
    return i;
  }

  /** Whether the class carries {@code @Generated("dev.keel.processor.KeelProcessor")}. */
  private static boolean generatedByKeel(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size() && !tokens.get(i).is("class"); i++) {
      if (!tokens.get(i).is("@")) {
        continue;
      }
      int name = nameEnd(tokens, i + 1);
      if (!tokens.get(name).is("Generated")
          || name + 1 >= tokens.size()
          || !tokens.get(name + 1).is("(")) {
        continue;
      }
      for (int j = name + 2; j < tokens.size() && !tokens.get(j).is(")"); j++) {
        if (tokens.get(j).kind() == Kind.STRING
            && tokens.get(j).text().equals(RuntimeNames.PROCESSOR)) {
          return true;
        }
      }
    }
    return false;
  }
}
