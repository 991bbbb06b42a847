package dev.keel.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.validate.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input stops compilation with one error from the catalog, on the offending element, and
 * nothing is written.
 */
class ProcessorDiagnosticsTest {

  @TempDir Path project;

  private Compilation compileErrors(String fixture, String... options) {
    return Fixtures.compile(project, Fixtures.sources("errors/" + fixture), options);
  }

  private void assertNothingWritten() throws IOException {
    assertThat(Files.exists(project.resolve("src/main/keel/schema.json"))).isFalse();
    assertThat(Files.exists(project.resolve("src/main/java/db/migration"))).isFalse();
  }

  @Test
  void entityWithoutId_isAnError_onTheClass() throws IOException {
    List<JavaFileObject> sources = Fixtures.sources("errors/missing-id");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.MissingId.format("NoId"))
        .inFile(Fixtures.source(sources, "NoId.java"))
        .onLineContaining("public class NoId");
    assertNothingWritten();
  }

  @Test
  void unmappableType_isAnError_onTheField() throws IOException {
    List<JavaFileObject> sources = Fixtures.sources("errors/unmappable-type");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.UnmappableType.format("Worker.thread", "java.lang.Thread"))
        .inFile(Fixtures.source(sources, "Worker.java"))
        .onLineContaining("private Thread thread;");
    assertNothingWritten();
  }

  @Test
  void twoEntitiesOnOneTable_isAnError_onTheSecondTableName() throws IOException {
    List<JavaFileObject> sources = Fixtures.sources("errors/duplicate-table");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.DuplicateTable.format("First", "Second", "things"))
        .inFile(Fixtures.source(sources, "Second.java"))
        .onLineContaining("@Table(name = \"things\")");
    assertNothingWritten();
  }

  @Test
  void twoFieldsOnOneColumn_isAnError_onTheSecondField() throws IOException {
    List<JavaFileObject> sources = Fixtures.sources("errors/duplicate-column");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.DuplicateColumn.format("Twice.title", "Twice.caption", "label", "twice"))
        .inFile(Fixtures.source(sources, "Twice.java"))
        .onLineContaining("private String caption;");
    assertNothingWritten();
  }

  @Test
  void nonPositiveLength_isAnError_onTheLengthValue() throws IOException {
    List<JavaFileObject> sources = Fixtures.sources("errors/invalid-length");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.InvalidLength.format(0, "Sized.name"))
        .inFile(Fixtures.source(sources, "Sized.java"))
        .onLineContaining("@Column(length = 0)");
    assertNothingWritten();
  }

  @Test
  void reservedTableName_isAnError_withBothFixes() throws IOException {
    List<JavaFileObject> sources = Fixtures.sources("errors/reserved-word");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.ReservedWord.format(
                "Entity 'User'",
                "user",
                "@Table(name = \"users\")",
                "@Table(name = \"\\\"user\\\"\")"))
        .inFile(Fixtures.source(sources, "User.java"))
        .onLineContaining("public class User");
    assertNothingWritten();
  }

  @Test
  void reservedColumnName_isAnError_onTheField() throws IOException {
    List<JavaFileObject> sources = Fixtures.sources("errors/reserved-column");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.ReservedWord.format(
                "Attribute 'Item.order'",
                "order",
                "@Column(name = \"order_value\")",
                "@Column(name = \"\\\"order\\\"\")"))
        .inFile(Fixtures.source(sources, "Item.java"))
        .onLineContaining("private Integer order;");
  }

  @Test
  void reservedWords_areQuoted_whenTheOptionAsksForIt() {
    Compilation c = compileErrors("reserved-word", "-Akeel.quoting=keywords");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void unknownUniqueConstraintColumn_isAnError_onTheColumnNames() {
    List<JavaFileObject> sources = Fixtures.sources("errors/unknown-constraint-column");
    Compilation c = Fixtures.compile(project, sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnknownConstraintColumn.format(
                "@UniqueConstraint(columnNames)", "Pair", "nope", "id, left_part"))
        .inFile(Fixtures.source(sources, "Pair.java"))
        .onLineContaining("@Table(uniqueConstraints");
  }

  @Test
  void snapshotThatIsNotJson_isAnError() throws IOException {
    writeSnapshot("{ \"formatVersion\": 1, \"tables\": [ \n");
    Compilation c = compileErrors("good");
    assertThat(c).hadErrorCount(1);
    assertErrorOnNote(
        c,
        Fixtures.prefix(
            Diagnostics.SnapshotNotJson, "src/main/keel/schema.json", Fixtures.UNKNOWN));
    assertThat(Files.exists(project.resolve("src/main/java/db/migration"))).isFalse();
  }

  @Test
  void snapshotWithMergeConflict_isAnError_namingTheLine() throws IOException {
    writeSnapshot(
        "{\n  \"formatVersion\" : 1,\n<<<<<<< HEAD\n  \"tables\" : [ ]\n=======\n"
            + "  \"sequences\" : [ ]\n>>>>>>> feature\n}\n");
    Compilation c = compileErrors("good");
    assertThat(c).hadErrorCount(1);
    assertErrorOnNote(c, Diagnostics.SnapshotMergeConflict.format("src/main/keel/schema.json", 3));
  }

  @Test
  void snapshotWithUnknownFormatVersion_isAnError() throws IOException {
    writeSnapshot("{\n  \"formatVersion\" : 99\n}\n");
    Compilation c = compileErrors("good");
    assertThat(c).hadErrorCount(1);
    assertErrorOnNote(
        c,
        Fixtures.prefix(
            Diagnostics.SnapshotUnknownVersion, "src/main/keel/schema.json", Fixtures.UNKNOWN));
  }

  @Test
  void snapshotThatIsJsonButNoSchema_isInvalid() throws IOException {
    writeSnapshot("{\n  \"formatVersion\" : 1,\n  \"tables\" : 5\n}\n");
    Compilation c = compileErrors("good");
    assertThat(c).hadErrorCount(1);
    assertErrorOnNote(
        c,
        Fixtures.prefix(
            Diagnostics.SnapshotInvalid, "src/main/keel/schema.json", Fixtures.UNKNOWN));
    assertThat(Files.exists(project.resolve("src/main/java/db/migration"))).isFalse();
  }

  @Test
  void snapshotThatCannotBeRead_isUnreadable() throws IOException {
    // a folder where the snapshot should be: it cannot be read, whoever runs the build (even root)
    Files.createDirectories(project.resolve("src/main/keel/schema.json"));
    Compilation c = compileErrors("good");
    assertThat(c).hadErrorCount(1);
    assertErrorOnNote(
        c,
        Fixtures.prefix(
            Diagnostics.SnapshotUnreadable, "src/main/keel/schema.json", Fixtures.UNKNOWN));
    assertThat(Files.exists(project.resolve("src/main/java/db/migration"))).isFalse();
  }

  @Test
  void migrationsFolderThatCannotBeWritten_isAnError_onTheChangedEntity() throws IOException {
    // a file where the folder should be: cannot be written, whoever runs the build (even root)
    Path folder = project.resolve("src/main/java/db/migration");
    Files.createDirectories(folder.getParent());
    Files.writeString(folder, "not a folder");
    Compilation c = compileErrors("good");
    assertThat(c).failed();
    assertErrorOnNote(
        c,
        Fixtures.prefix(
            Diagnostics.MigrationsNotWritable,
            "src/main/java/db/migration/V0001__CreateNoteTable.java",
            Fixtures.UNKNOWN));
    assertThat(Files.exists(project.resolve("src/main/keel/schema.json"))).isFalse();
  }

  @Test
  void snapshotThatCannotBeWritten_isAnError_andNoMigrationIsWritten() throws IOException {
    // a link to nowhere where the snapshot's folder should be: nothing can be created in it,
    // whoever runs the build (even root), while reading finds no snapshot (a first build)
    Path folder = project.resolve("src/main/keel");
    Files.createDirectories(folder.getParent());
    Files.createSymbolicLink(folder, project.resolve("nowhere/at/all"));
    Compilation c = compileErrors("good");
    assertThat(c).hadErrorCount(1);
    assertErrorOnNote(
        c,
        Fixtures.prefix(
            Diagnostics.SnapshotNotWritable, "src/main/keel/schema.json", Fixtures.UNKNOWN));
    assertThat(Files.exists(project.resolve("src/main/java/db/migration"))).isFalse();
  }

  @Test
  void invalidOptionValue_isAnError() {
    Compilation c = compileErrors("good", "-Akeel.naming=camel");
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.InvalidOption.format(
                "keel.naming", "camel", "'snake_case' (the default) or 'jpa'"));
  }

  /**
   * Problems with the project's files are reported on an entity: Note, the only one in errors/good.
   */
  private static void assertErrorOnNote(Compilation c, String message) {
    assertThat(c)
        .hadErrorContaining(message)
        .inFile(Fixtures.source(Fixtures.sources("errors/good"), "Note.java"))
        .onLineContaining("public class Note");
  }

  private void writeSnapshot(String text) throws IOException {
    Path file = project.resolve("src/main/keel/schema.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
