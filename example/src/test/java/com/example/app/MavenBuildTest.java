package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven builds of a scratch project that uses Keel: a changed entity gives one new migration
 * and snapshot in one {@code mvn compile}, with the migration's class in {@code target/classes}; a
 * second {@code mvn compile} and a {@code mvn clean compile} change no file.
 */
class MavenBuildTest {

  private static final Path TEMPLATE = Path.of("src/test/resources/maven-project");
  private static final String ENTITY = "src/main/java/com/example/shop/Customer.java";

  @TempDir Path project;

  @Test
  void changeEntity_compile_writesMigration_andRebuildsChangeNothing() throws Exception {
    Files.copy(TEMPLATE.resolve("pom.xml"), project.resolve("pom.xml"));
    useEntity("v1");
    mvn("compile");
    assertEquals(List.of("V0001__CreateCustomerTable.java"), migrationFiles(), "first build");

    useEntity("v2");
    mvn("compile");
    assertAddEmailMigrationBuilt();
    BuildState built = buildState();

    mvn("compile");
    built.assertUnchanged(buildState(), "second compile");

    mvn("clean", "package");
    assertJarHoldsAddEmailMigration();
    built.assertUnchanged(buildState(), "clean package");
  }

  /** After the v2 entity's build: its migration is written, compiled, indexed and snapshotted. */
  private void assertAddEmailMigrationBuilt() throws IOException {
    assertEquals(
        List.of("V0001__CreateCustomerTable.java", "V0002__AddEmailToCustomer.java"),
        migrationFiles());
    assertTrue(
        Files.exists(
            project.resolve("target/classes/db/migration/V0002__AddEmailToCustomer.class")),
        "the new migration is compiled in the same build");
    assertTrue(
        Files.readString(project.resolve("target/classes/META-INF/keel/migrations.index"))
            .contains("V0002__AddEmailToCustomer"));
    assertTrue(
        Files.readString(project.resolve("src/main/keel/schema.json")).contains("\"email\""));
  }

  private void assertJarHoldsAddEmailMigration() throws IOException {
    try (JarFile jar = new JarFile(project.resolve("target/scratch-1.0.jar").toFile())) {
      assertTrue(
          jar.getEntry("db/migration/V0002__AddEmailToCustomer.class") != null,
          "the jar of the build holds the migration");
      assertTrue(jar.getEntry("META-INF/keel/migrations.index") != null, "and the index");
    }
  }

  private BuildState buildState() throws Exception {
    return new BuildState(
        fingerprints(project.resolve("src")),
        modified(project.resolve("src")),
        fingerprints(project.resolve("target/classes")));
  }

  /** What a rebuild without an entity change must leave as it was. */
  private record BuildState(
      Map<String, String> sources, Map<String, FileTime> times, Map<String, String> classes) {

    void assertUnchanged(BuildState now, String after) {
      assertEquals(sources, now.sources(), after + " changes no source file");
      assertEquals(times, now.times(), after + " touches no source file");
      assertEquals(classes, now.classes(), after + " gives byte-identical classes and index");
    }
  }

  @Test
  void handWrittenMigration_isNumbered_indexed_andRunsInOrder() throws Exception {
    Files.copy(TEMPLATE.resolve("pom.xml"), project.resolve("pom.xml"));
    useEntity("v1");
    mvn("compile");
    run(
        "java",
        "-cp",
        System.getProperty("keel.test.runtime"),
        "dev.keel.runtime.Cli",
        "new",
        "BackfillNames");
    Path written = project.resolve("src/main/java/db/migration/V0002__BackfillNames.java");
    assertTrue(Files.exists(written), "Cli new writes the next version");
    Files.writeString(
        written,
        Files.readString(written)
            .replace(
                "    // db.execute(\"...\");\n",
                "    db.execute(\"update customer set name = 'unknown' where name = ''\");\n"));
    useEntity("v2");
    mvn("compile");
    assertEquals(
        List.of(
            "V0001__CreateCustomerTable.java",
            "V0002__BackfillNames.java",
            "V0003__AddEmailToCustomer.java"),
        migrationFiles(),
        "the generated migration comes after the hand-written one");
    String index =
        Files.readString(project.resolve("target/classes/META-INF/keel/migrations.index"));
    assertTrue(index.contains("2\tBackfillNames\tdb.migration.V0002__BackfillNames\t"), index);
    assertTrue(index.contains("3\tAddEmailToCustomer\t"), index);
  }

  private void run(String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(project.resolve("run.log").toFile())
            .start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), () -> String.join(" ", command) + "\n" + log("run.log"));
  }

  private void useEntity(String version) throws IOException {
    Path to = project.resolve(ENTITY);
    Files.createDirectories(to.getParent());
    Files.copy(
        TEMPLATE.resolve(version).resolve("Customer.java"),
        to,
        StandardCopyOption.REPLACE_EXISTING);
  }

  private List<String> migrationFiles() throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("src/main/java/db/migration"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void mvn(String... goals) throws Exception {
    String home = System.getProperty("maven.home");
    List<String> command = new ArrayList<>();
    command.add(Path.of(home, "bin", "mvn").toString());
    command.addAll(List.of("-B", "-q", "-o"));
    command.add("-Dkeel.processorpath=" + System.getProperty("keel.test.processorpath"));
    command.add("-Dkeel.runtime=" + System.getProperty("keel.test.runtime"));
    command.addAll(List.of(goals));
    Process p =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(project.resolve("mvn.log").toFile())
            .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "mvn finished");
    assertEquals(0, p.exitValue(), () -> "mvn " + String.join(" ", goals) + "\n" + log());
  }

  private String log() {
    return log("mvn.log");
  }

  private String log(String name) {
    try {
      return Files.readString(project.resolve(name));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static Map<String, String> fingerprints(Path root) throws Exception {
    Map<String, String> result = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        result.put(
            root.relativize(f).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return result;
  }

  private static Map<String, FileTime> modified(Path root) throws IOException {
    Map<String, FileTime> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        result.put(root.relativize(f).toString(), Files.getLastModifiedTime(f));
      }
    }
    return result;
  }
}
