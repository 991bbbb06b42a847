package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.CompiledModule;
import dev.keel.processor.testing.Evolution;
import dev.keel.processor.testing.Goldens;
import dev.keel.processor.testing.HibernateOracle;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.testing.SchemaAssertions;
import dev.keel.runtime.Migration;
import dev.keel.schema.Schema;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed scenario: a {@code users} table, then a nullable {@code profile_picture} column. Each
 * step generates exactly the expected migration; the migrations apply, revert and apply again on
 * PostgreSQL with the catalog equal to the snapshot after every step; Hibernate validates the
 * result; and a rebuild with no change touches nothing.
 */
class UsersScenarioTest {

  @TempDir Path dir;

  @Test
  void usersTable_thenProfilePicture_generatesAppliesAndValidates() throws Exception {
    ScenarioProject project = new ScenarioProject(dir);
    ScenarioProject.Step first = project.useSources("users/v1").compile();
    assertTrue(first.success(), first.diagnostics());
    assertEquals("", first.diagnostics(), "a normal build is silent");
    assertEquals(1, first.newMigrations().size());
    Goldens.assertFileMatches("users/V0001__CreateUsersTable.java", first.newMigrations().get(0));

    ScenarioProject.Step second = project.useSources("users/v2").compile();
    assertTrue(second.success(), second.diagnostics());
    assertEquals(1, second.newMigrations().size());
    Goldens.assertFileMatches(
        "users/V0002__AddProfilePictureToUsers.java", second.newMigrations().get(0));
    Goldens.assertFileMatches("users/schema.json", project.snapshotFile());

    try (TestDatabase db = TestPostgres.createDatabase("users");
        CompiledModule module = new CompiledModule(second.classes());
        Connection c = db.connect()) {
      List<CompiledModule.IndexedMigration> index = module.index();
      assertEquals(2, index.size());
      List<Schema> snapshots = List.of(Schema.EMPTY, first.snapshot(), second.snapshot());
      for (int i = 0; i < index.size(); i++) {
        Migration m = module.migration(index.get(i));
        CompiledModule.up(m, c);
        SchemaAssertions.assertCatalogMatches(c, snapshots.get(i + 1), "after up " + (i + 1));
        CompiledModule.down(m, c);
        SchemaAssertions.assertCatalogMatches(c, snapshots.get(i), "after down " + (i + 1));
        CompiledModule.up(m, c);
        SchemaAssertions.assertCatalogMatches(c, snapshots.get(i + 1), "after up again " + (i + 1));
      }
      HibernateOracle.validate(
          db, List.of(module.type("com.example.User")), HibernateOracle.Naming.SNAKE_CASE);
    }
  }

  @Test
  void laterChanges_alterDropAndCreate_applyRevertAndValidate() throws Exception {
    Evolution evolution = new Evolution(dir, HibernateOracle.Naming.SNAKE_CASE);
    try (TestDatabase db = Evolution.database("users_evolution")) {
      List<String> user = List.of("com.example.User");
      evolution.step(db, "users/v1", user);
      evolution.step(db, "users/v2", user);
      ScenarioProject.Step v3 =
          evolution.step(db, "users/v3", List.of("com.example.User", "com.example.AuditEntry"));
      Goldens.assertFileMatches("users/" + fileName(v3), v3.newMigrations().get(0));
      ScenarioProject.Step v4 = evolution.step(db, "users/v4", user);
      Goldens.assertFileMatches("users/" + fileName(v4), v4.newMigrations().get(0));
    }
  }

  private static String fileName(ScenarioProject.Step step) {
    return step.newMigrations().get(0).getFileName().toString();
  }

  @Test
  void rebuildWithoutChange_touchesNoFile() throws Exception {
    ScenarioProject project = new ScenarioProject(dir);
    project.useSources("users/v2").compile();
    Path snapshot = project.snapshotFile();
    FileTime before = Files.getLastModifiedTime(snapshot);
    byte[] bytes = Files.readAllBytes(snapshot);
    List<Path> migrations = project.migrationFiles();
    ScenarioProject.Step again = project.compile();
    assertTrue(again.success(), again.diagnostics());
    assertEquals(List.of(), again.newMigrations());
    assertEquals(before, Files.getLastModifiedTime(snapshot));
    assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(snapshot)));
    assertEquals(migrations, project.migrationFiles());
  }
}
