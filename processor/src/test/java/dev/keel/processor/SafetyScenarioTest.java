package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.CompiledModule;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.testing.SchemaAssertions;
import dev.keel.runtime.Migrator;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety features on real PostgreSQL, run by the real runtime: a rename made with the hint
 * keeps the column's data through up and down; an accepted drop drops; the online forms (a
 * non-transactional migration with a concurrent index and a unique index attached) apply and
 * revert.
 */
class SafetyScenarioTest {

  @TempDir Path dir;

  @Test
  void rename_keepsData_acceptedDropDrops_onlineFormsApplyAndRevert() throws Exception {
    ScenarioProject project = new ScenarioProject(dir, "-Akeel.online=true");
    try (TestDatabase db = TestPostgres.createDatabase("safety")) {
      ScenarioProject.Step base = apply(project, db, "safety/base");
      try (Connection c = db.connect();
          Statement st = c.createStatement()) {
        st.execute("insert into member (id, email, bio) values (1, 'ada@example.com', 'math')");
        st.execute("insert into member (id, email, bio) values (2, 'bob@example.com', 'art')");
      }

      ScenarioProject.Step renamed = apply(project, db, "safety/base", "safety/rename");
      assertEquals(List.of("art", "math"), values(db, "about"));
      revertTo(db, renamed, 1);
      assertEquals(List.of("art", "math"), values(db, "bio"));
      run(db, renamed);
      assertEquals(List.of("art", "math"), values(db, "about"));

      ScenarioProject.Step dropped = apply(project, db, "safety/base", "safety/drop-about-allowed");
      try (Connection c = db.connect()) {
        SchemaAssertions.assertCatalogMatches(c, dropped.snapshot(), "after the accepted drop");
      }

      ScenarioProject.Step online = apply(project, db, "safety/base", "safety/online-index");
      dev.keel.processor.testing.Goldens.assertFileMatches(
          "safety/V0004__UpdateMember.java", online.newMigrations().get(0));
      String source = Files.readString(online.newMigrations().get(0));
      assertTrue(source.contains("create index concurrently"), source);
      assertTrue(source.contains("create unique index concurrently"), source);
      revertTo(db, online, 3);
      try (Connection c = db.connect()) {
        SchemaAssertions.assertCatalogMatches(c, dropped.snapshot(), "after reverting online");
      }
      run(db, online);
      try (Connection c = db.connect()) {
        SchemaAssertions.assertCatalogMatches(c, online.snapshot(), "after online again");
      }
      assertEquals(List.of("ada@example.com", "bob@example.com"), values(db, "email"));
      assertTrue(base.success());
    }
  }

  private static ScenarioProject.Step apply(
      ScenarioProject project, TestDatabase db, String... layers) throws Exception {
    ScenarioProject.Step step = project.useSources(layers).compile();
    assertTrue(step.success(), step.diagnostics());
    assertEquals(1, step.newMigrations().size(), String.join(", ", layers));
    run(db, step);
    try (Connection c = db.connect()) {
      SchemaAssertions.assertCatalogMatches(
          c, step.snapshot(), "after " + layers[layers.length - 1]);
    }
    return step;
  }

  private static void run(TestDatabase db, ScenarioProject.Step step) {
    try (CompiledModule module = new CompiledModule(step.classes())) {
      Migrator.builder(db.dataSource()).classLoader(module.loader()).build().run();
    }
  }

  private static void revertTo(TestDatabase db, ScenarioProject.Step step, long version) {
    try (CompiledModule module = new CompiledModule(step.classes())) {
      Migrator.builder(db.dataSource()).classLoader(module.loader()).build().revertTo(version);
    }
  }

  private static List<String> values(TestDatabase db, String column) throws Exception {
    List<String> result = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select " + column + " from member order by 1")) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }
}
