package dev.keel.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.validate.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Destructive and ambiguous changes stop compilation until the developer consents in code, with the
 * word to write in the message; lock-heavy statements warn; a stale rename hint warns; check mode
 * fails on any difference. Each case starts from the committed state of {@code safety/base}.
 */
class SafetyDiagnosticsTest {

  @TempDir Path dir;
  private ScenarioProject project;

  @BeforeEach
  void commitBase() {
    project = new ScenarioProject(dir);
    ScenarioProject.Step base = project.useSources("safety/base").compile();
    assertTrue(base.success(), base.diagnostics());
  }

  private Compilation change(String overlay, String... options) {
    project.useSources("safety/base", "safety/" + overlay);
    List<JavaFileObject> sources = project.entitySources();
    return Fixtures.compile(project.dir(), sources, options);
  }

  private JavaFileObject member() {
    return Fixtures.source(project.entitySources(), "Member.java");
  }

  private void assertNothingGenerated() throws IOException {
    assertThat(project.migrationFiles()).hasSize(1);
  }

  @Test
  void droppedColumn_isAnError_onTheEntity_namingAllowDrop() throws IOException {
    Compilation c = change("drop-column");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.DropColumn.format("member", "bio"))
        .inFile(member())
        .onLineContaining("public class Member");
    assertNothingGenerated();
  }

  @Test
  void droppedColumn_withAllowDrop_generatesTheDrop() throws IOException {
    Compilation c = change("drop-column-allowed");
    assertThat(c).succeededWithoutWarnings();
    assertThat(project.migrationFiles()).hasSize(2);
    assertThat(Files.readString(project.migrationFiles().get(1)))
        .contains("alter table member drop column bio");
  }

  @Test
  void droppedTable_isAnError_namingTheTableAndTheOption() {
    Compilation c = change("drop-table");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostics.DropTable.format("audit"));
  }

  @Test
  void droppedTable_allowedByTheOption_generatesTheDrop() throws IOException {
    Compilation c = change("drop-table", "-Akeel.allowDrop=audit");
    assertThat(c).succeededWithoutWarnings();
    assertThat(Files.readString(project.migrationFiles().get(1))).contains("drop table audit");
  }

  @Test
  void narrowedType_isAnError_onTheAttribute_untilAllowed() throws IOException {
    Compilation c = change("narrow");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.NarrowType.format("member", "email", "varchar(255)", "varchar(100)"))
        .inFile(member())
        .onLineContaining("private String email;");
    assertNothingGenerated();
    assertThat(change("narrow-allowed")).succeeded();
    assertThat(Files.readString(project.migrationFiles().get(1)))
        .contains("alter table member alter column email type varchar(100)");
  }

  @Test
  void notNullWithoutDefault_isAnError_onTheAttribute_untilAllowed() {
    Compilation c = change("not-null");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.NotNullWithoutDefault.format("member", "nickname"))
        .inFile(member())
        .onLineContaining("private String nickname;");
    assertThat(change("not-null-allowed")).succeeded();
  }

  @Test
  void columnGoneAndSameTypeAdded_isAPossibleRename_onTheNewAttribute() throws IOException {
    Compilation c = change("possible-rename");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.PossibleColumnRename.format("member", "bio", "about"))
        .inFile(member())
        .onLineContaining("private String about;");
    assertNothingGenerated();
  }

  @Test
  void renameHint_renames_andWarnsOnceItIsInTheSnapshot() throws IOException {
    Compilation c = change("rename");
    assertThat(c).succeededWithoutWarnings();
    assertThat(Files.readString(project.migrationFiles().get(1)))
        .contains("alter table member rename column bio to about");
    Compilation again = change("rename");
    assertThat(again).hadWarningCount(1);
    assertThat(again)
        .hadWarningContaining(Diagnostics.RenameHintUnused.format("bio"))
        .inFile(member())
        .onLineContaining("@RenamedFrom(\"bio\")");
    assertThat(project.migrationFiles()).hasSize(2);
  }

  @Test
  void tableGoneAndLookAlikeCome_isAPossibleRename() {
    Compilation c = change("table-rename");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.PossibleTableRename.format("audit", "audit_log"))
        .inFile(Fixtures.source(project.entitySources(), "AuditLog.java"))
        .onLineContaining("@Table(name = \"audit_log\")");
  }

  @Test
  void newNotNullColumnWithoutDefault_isAnError_onTheAttribute() {
    Compilation c = change("new-not-null");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.NotNullColumnWithoutDefault.format("member", "phone"))
        .inFile(member())
        .onLineContaining("private String phone;");
  }

  @Test
  void indexOnAnExistingTable_warns_unlessOnline() throws IOException {
    Compilation plain = change("index", "-Akeel.migration.name=PlainIndex");
    assertThat(plain).succeeded();
    assertThat(project.migrationFiles().get(1).getFileName().toString())
        .isEqualTo("V0002__PlainIndex.java");
    assertThat(plain).hadWarningCount(1);
    assertThat(plain)
        .hadWarningContaining(
            Diagnostics.LockingChange.format(
                "A new index",
                "member",
                "blocks every writer while it is built",
                "Build with -Akeel.online=true for the online form, or run it when the table is"
                    + " quiet."))
        .inFile(member())
        .onLineContaining("public class Member");
  }

  @Test
  void onlineIndex_isConcurrent_inANonTransactionalMigration_withoutWarning() throws IOException {
    Compilation online = change("index", "-Akeel.online=true");
    assertThat(online).succeededWithoutWarnings();
    String migration = Files.readString(project.migrationFiles().get(1));
    assertThat(migration).contains("create index concurrently");
    assertThat(migration).contains("public boolean transactional()");
  }

  @Test
  void checkMode_failsOnAnyDifference_andWritesNothing() throws IOException {
    byte[] snapshot = Files.readAllBytes(project.snapshotFile());
    Compilation c = change("drop-column-allowed", "-Akeel.check=true");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.SchemaChanged.format(
                "src/main/keel/schema.json", "alter table member drop column bio"));
    assertNothingGenerated();
    assertThat(Files.readAllBytes(project.snapshotFile())).isEqualTo(snapshot);
  }

  @Test
  void snapshotEditedByHand_isOffTheMigrationChain() throws IOException {
    Path snapshot = project.snapshotFile();
    Files.writeString(
        snapshot, Files.readString(snapshot).replace("\"name\": \"action\"", "\"name\": \"act\""));
    Compilation c = change("base-unchanged-overlay-is-empty");
    assertThat(c).failed();
    assertThat(c)
        .hadErrorContaining(
            Fixtures.prefix(
                Diagnostics.SnapshotOffChain, "src/main/keel/schema.json", Fixtures.UNKNOWN));
  }

  @Test
  void checkMode_isSilent_whenNothingChanged() {
    Compilation c = change("base-unchanged-overlay-is-empty", "-Akeel.check=true");
    assertThat(c).succeededWithoutWarnings();
  }
}
