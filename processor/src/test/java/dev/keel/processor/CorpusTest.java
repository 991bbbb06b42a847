package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.CompiledModule;
import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.testing.HibernateOracle;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.testing.SchemaAssertions;
import dev.keel.schema.Schema;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A corpus of 41 entities in four small domains that uses every mapping Keel covers (relations,
 * embeddables, inheritance, collections, converters, Hibernate and Bean Validation annotations):
 * Keel's migration applies and reverts, Hibernate validates the result, and the catalog equals the
 * one Hibernate's own {@code create} builds, under both naming strategies.
 */
class CorpusTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(HibernateOracle.Naming.class)
  void corpus_matchesHibernate(HibernateOracle.Naming naming) throws Exception {
    String option = naming == HibernateOracle.Naming.JPA ? "jpa" : "snake_case";
    ScenarioProject project = new ScenarioProject(dir, "-Akeel.naming=" + option);
    ScenarioProject.Step step = project.useSources("corpus").compile();
    assertTrue(step.success(), step.diagnostics());
    assertEquals("", step.diagnostics());
    try (TestDatabase db = TestPostgres.createDatabase("corpus_" + option);
        CompiledModule module = new CompiledModule(step.classes());
        Connection c = db.connect()) {
      var migration = module.migration(module.index().get(0));
      CompiledModule.up(migration, c);
      SchemaAssertions.assertCatalogMatches(c, step.snapshot(), "after up");
      CompiledModule.down(migration, c);
      SchemaAssertions.assertCatalogMatches(c, Schema.EMPTY, "after down");
      CompiledModule.up(migration, c);
      List<Class<?>> entities = new ArrayList<>();
      for (String name : Fixtures.entityClassNames("corpus")) {
        entities.add(module.type(name));
      }
      HibernateOracle.validate(db, entities, naming);
      assertEquals(
          List.of(),
          SchemaAssertions.differencesFromHibernate(db, step.snapshot(), entities, naming));
    }
  }
}
