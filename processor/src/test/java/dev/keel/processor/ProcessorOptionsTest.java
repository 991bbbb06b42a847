package dev.keel.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.keel.processor.testing.CompiledModule;
import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor options: each one is read, a value that is not valid is an {@code InvalidOption}
 * error naming what is valid, and an option given without a value ({@code -Akey} or {@code -Akey=},
 * which javac passes alike) takes its default, except a boolean option, which it turns on.
 */
class ProcessorOptionsTest {

  private static final String NOTE_MIGRATION =
      "src/main/java/db/migration/V0001__CreateNoteTable.java";

  @TempDir Path project;

  private Compilation compile(String... options) {
    return Fixtures.compile(project, Fixtures.sources("errors/good"), options);
  }

  private String migration() throws IOException {
    return Files.readString(project.resolve(NOTE_MIGRATION));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Akeel.naming",
        "-Akeel.quoting=",
        "-Akeel.snapshot=",
        "-Akeel.migrations.dir=",
        "-Akeel.migrations.package",
        "-Akeel.migration.name=",
        "-Akeel.lockTimeout",
        "-Akeel.allowDrop="
      })
  void optionWithoutValue_takesItsDefault(String option) throws IOException {
    Compilation c =
        Compiler.javac()
            .withProcessors(new KeelProcessor())
            .withOptions("-Akeel.projectDir=" + project, option)
            .compile(Fixtures.sources("errors/good"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(migration()).contains("set local lock_timeout = '5s'");
    assertThat(Files.exists(project.resolve("src/main/keel/schema.json"))).isTrue();
  }

  @Test
  void booleanOptionWithoutValue_isTrue() {
    Compilation c = compile("-Akeel.check");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Fixtures.prefix(
                Diagnostics.SchemaChanged, "src/main/keel/schema.json", Fixtures.UNKNOWN));
  }

  @Test
  void booleanOptionWithAnotherWord_isInvalid() {
    Compilation c = compile("-Akeel.online=yes");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.InvalidOption.format(
                "keel.online", "yes", "'true' or 'false' (default false)"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "99999999999999999999s",
        "9999999999999999m",
        "100000000s",
        "2147483648ms",
        "0s",
        "5h"
      })
  void lockTimeoutOutOfRangeOrUnparsable_isInvalid(String value) {
    Compilation c = compile("-Akeel.lockTimeout=" + value);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.InvalidOption.format(
                "keel.lockTimeout",
                value,
                "a duration such as '5s', '500ms' or '2m' of at most 2147483647ms (PostgreSQL's"
                    + " limit), or 'none'"));
    assertThat(Files.exists(project.resolve("src/main/keel/schema.json"))).isFalse();
  }

  @Test
  void lockTimeout_isWrittenInTheMigration_inItsUnits() throws IOException {
    assertThat(compile("-Akeel.lockTimeout=1500ms")).succeededWithoutWarnings();
    assertThat(migration()).contains("set local lock_timeout = '1500ms'");
  }

  @Test
  void lockTimeoutInMinutes_isWrittenInSeconds() throws IOException {
    assertThat(compile("-Akeel.lockTimeout=2min")).succeededWithoutWarnings();
    assertThat(migration()).contains("set local lock_timeout = '120s'");
  }

  @Test
  void lockTimeoutNone_setsNoLockTimeout() throws IOException {
    assertThat(compile("-Akeel.lockTimeout=none")).succeededWithoutWarnings();
    assertThat(migration()).doesNotContain("lock_timeout");
  }

  @Test
  void largestLockTimeout_isAccepted_byPostgres_andOneMoreIsNot() throws Exception {
    ScenarioProject scenario =
        new ScenarioProject(project.resolve("p"), "-Akeel.lockTimeout=2147483647ms");
    ScenarioProject.Step step = scenario.useSources("errors/good").compile();
    assertTrue(step.success(), step.diagnostics());
    try (TestDatabase db = TestPostgres.createDatabase("lock_timeout_limit");
        CompiledModule module = new CompiledModule(step.classes());
        Connection c = db.connect()) {
      CompiledModule.up(module.migration(module.index().get(0)), c);
      try (Statement st = c.createStatement()) {
        assertThrows(SQLException.class, () -> st.execute("set lock_timeout = '2147483648ms'"));
      }
    }
  }

  @Test
  void projectDirWithoutValue_isLookedFor_andNotFoundAboveAnInMemoryOutput() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new KeelProcessor())
            .withOptions("-Akeel.projectDir")
            .compile(Fixtures.sources("errors/good"));
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.InvalidOption.format(
                "keel.projectDir",
                "(not set)",
                "-Akeel.projectDir=<the module's directory>: Keel found no pom.xml or Gradle build"
                    + " file above the class output"));
  }

  @Test
  void relativeProjectDir_isInvalid() {
    assertProjectDirInvalid("relative/folder");
  }

  @Test
  void projectDirThatDoesNotExist_isInvalid() {
    assertProjectDirInvalid(project.resolve("no-such-module").toString());
  }

  private void assertProjectDirInvalid(String value) {
    Compilation c =
        Compiler.javac()
            .withProcessors(new KeelProcessor())
            .withOptions("-Akeel.projectDir=" + value)
            .compile(Fixtures.sources("errors/good"));
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.InvalidOption.format(
                "keel.projectDir",
                value,
                "the absolute path of the module's existing directory (in Maven"
                    + " ${project.basedir}), or leave it out to find it above the class output"));
    assertThat(Files.exists(Path.of(value))).isFalse();
  }

  @Test
  void snapshotAndMigrationsOptions_placeTheFiles() throws IOException {
    Compilation c =
        compile(
            "-Akeel.snapshot=db/keel.json",
            "-Akeel.migrations.dir=src/migrations/java",
            "-Akeel.migrations.package=com.example.db",
            "-Akeel.migration.name=FirstNote");
    assertThat(c).succeededWithoutWarnings();
    assertThat(Files.exists(project.resolve("db/keel.json"))).isTrue();
    Path file = project.resolve("src/migrations/java/com/example/db/V0001__FirstNote.java");
    assertThat(Files.readString(file)).contains("package com.example.db;");
    assertThat(c.generatedFiles().stream().map(f -> f.getName()).toList())
        .contains("/SOURCE_OUTPUT/com/example/db/V0001__FirstNote.java");
  }

  @Test
  void migrationsPackageThatIsNoName_isInvalid() {
    Compilation c = compile("-Akeel.migrations.package=db.2migration");
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.InvalidOption.format(
                "keel.migrations.package",
                "db.2migration",
                "a Java package name such as 'db.migration'"));
  }

  @Test
  void snapshotOptionThatIsNoPath_isInvalid() {
    Compilation c = compile("-Akeel.snapshot=a\u0000b");
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.InvalidOption.format(
                "keel.snapshot", "a\u0000b", "a path such as 'src/main/keel/schema.json'"));
  }
}
