package dev.keel.bench.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The generated migrations: {@code count} small {@code create table} migrations, as Keel migration
 * classes (compiled here with {@link JavaCompiler}) with migration indexes in the documented
 * format, and as Flyway {@code V<n>__name.sql} files with the same statements.
 */
final class Workload {

  private final Path root;
  private final int count;

  private Workload(Path root, int count) {
    this.root = root;
    this.count = count;
  }

  /** Generates (or reuses) the workload under {@code root}. */
  static Workload prepare(Path root, int count, int applied) throws IOException {
    Workload w = new Workload(root, count);
    Path marker = root.resolve("ready-" + count + "-" + applied);
    if (!Files.exists(marker)) {
      w.generate(applied);
      Files.writeString(marker, "generated\n");
    }
    return w;
  }

  /** The compiled Keel migration classes. */
  Path keelClasses() {
    return root.resolve("keel-classes");
  }

  /** A class path root holding META-INF/keel/migrations.index for the first {@code n}. */
  Path keelIndex(int n) {
    return root.resolve("keel-index-" + n);
  }

  /** A Flyway filesystem location with the first {@code n} migrations. */
  Path flywayLocation(int n) {
    return root.resolve("flyway-" + n);
  }

  /** The statement of migration {@code i} (from 1). */
  static String statement(int i) {
    return String.format(
        Locale.ROOT,
        "create table bench_%04d (id bigint primary key, name text not null,"
            + " created_at timestamptz not null default now())",
        i);
  }

  private void generate(int applied) throws IOException {
    Path sources = root.resolve("keel-sources/bench/keel");
    Files.createDirectories(sources);
    Files.createDirectories(keelClasses());
    List<String> files = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path file = sources.resolve(className(i) + ".java");
      Files.writeString(file, keelSource(i), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    compile(files);
    writeIndex(applied);
    writeIndex(count);
    writeFlyway(applied);
    writeFlyway(count);
  }

  private void compile(List<String> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("no Java compiler: run the benchmark with a JDK, not a JRE");
    }
    List<String> args = new ArrayList<>();
    args.add("-d");
    args.add(keelClasses().toString());
    args.add("-cp");
    args.add(System.getProperty("java.class.path"));
    args.add("-proc:none");
    args.addAll(files);
    if (javac.run(null, null, null, args.toArray(new String[0])) != 0) {
      throw new IOException("compiling the generated Keel migrations failed");
    }
  }

  private void writeIndex(int n) throws IOException {
    StringBuilder index = new StringBuilder("# keel migration index 1\n");
    for (int i = 1; i <= n; i++) {
      index
          .append(i)
          .append('\t')
          .append(name(i))
          .append('\t')
          .append("bench.keel.")
          .append(className(i))
          .append('\t')
          .append(checksum(statement(i)))
          .append('\n');
    }
    Path file = keelIndex(n).resolve("META-INF/keel/migrations.index");
    Files.createDirectories(file.getParent());
    Files.writeString(file, index, StandardCharsets.UTF_8);
  }

  private void writeFlyway(int n) throws IOException {
    Path dir = flywayLocation(n);
    Files.createDirectories(dir);
    for (int i = 1; i <= n; i++) {
      Files.writeString(
          dir.resolve("V" + i + "__create_table_" + String.format(Locale.ROOT, "%04d", i) + ".sql"),
          statement(i) + ";\n",
          StandardCharsets.UTF_8);
    }
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "CreateTable%04d", i);
  }

  private static String className(int i) {
    return String.format(Locale.ROOT, "V%04d__%s", i, name(i));
  }

  private static String keelSource(int i) {
    return "package bench.keel;\n\n"
        + "import dev.keel.runtime.KeelMigration;\n"
        + "import dev.keel.runtime.Migration;\n"
        + "import dev.keel.runtime.MigrationContext;\n"
        + "import java.sql.SQLException;\n\n"
        + "@KeelMigration(version = "
        + i
        + ", name = \""
        + name(i)
        + "\")\n"
        + "public final class "
        + className(i)
        + " implements Migration {\n"
        + "  @Override\n"
        + "  public void up(MigrationContext db) throws SQLException {\n"
        + "    db.execute(\""
        + statement(i)
        + "\");\n"
        + "  }\n\n"
        + "  @Override\n"
        + "  public void down(MigrationContext db) throws SQLException {\n"
        + "    db.execute(\"drop table "
        + String.format(Locale.ROOT, "bench_%04d", i)
        + "\");\n"
        + "  }\n"
        + "}\n";
  }

  /** Stands in for the processor's checksum: 16 hex digits of SHA-256 over the statement. */
  private static String checksum(String statement) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(statement.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
