package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.CompiledModule;
import dev.keel.processor.testing.Goldens;
import dev.keel.processor.testing.HibernateOracle;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.testing.SchemaAssertions;
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
 * Every basic type, id strategy, version type, constraint and access type, under both naming
 * strategies: the generated migration is exactly the golden one, it applies and reverts on
 * PostgreSQL with the catalog equal to the snapshot, Hibernate validates the schema, and the
 * catalog equals the one Hibernate's own {@code create} builds.
 */
class TypesScenarioTest {

  private static final List<String> ENTITIES =
      List.of(
          "BasicTypes",
          "Constrained",
          "IdAssigned",
          "IdAuto",
          "IdAutoPrimitiveInt",
          "IdEntityName",
          "IdGeneratorOnlyName",
          "IdIdentityInt",
          "IdRenamedTable",
          "IdSequence",
          "IdUuid",
          "PropertyAccess",
          "VersionedInstant",
          "VersionedInt",
          "VersionedLong");

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(HibernateOracle.Naming.class)
  void everyBasicMapping_matchesHibernate(HibernateOracle.Naming naming) throws Exception {
    String option = naming == HibernateOracle.Naming.JPA ? "jpa" : "snake_case";
    ScenarioProject project = new ScenarioProject(dir, "-Akeel.naming=" + option);
    ScenarioProject.Step step = project.useSources("types").compile();
    assertTrue(step.success(), step.diagnostics());
    assertEquals("", step.diagnostics());
    assertEquals(1, step.newMigrations().size());
    String golden = "types/" + option + "/";
    Goldens.assertFileMatches(golden + "V0001.java", step.newMigrations().get(0));
    Goldens.assertFileMatches(golden + "schema.json", project.snapshotFile());

    try (TestDatabase db = TestPostgres.createDatabase("types_" + option);
        CompiledModule module = new CompiledModule(step.classes());
        Connection c = db.connect()) {
      var migration = module.migration(module.index().get(0));
      CompiledModule.up(migration, c);
      SchemaAssertions.assertCatalogMatches(c, step.snapshot(), "after up");
      CompiledModule.down(migration, c);
      SchemaAssertions.assertCatalogMatches(c, dev.keel.schema.Schema.EMPTY, "after down");
      CompiledModule.up(migration, c);

      List<Class<?>> entities = new ArrayList<>();
      for (String e : ENTITIES) {
        entities.add(module.type("com.example.types." + e));
      }
      HibernateOracle.validate(db, entities, naming);
      assertEquals(
          List.of(),
          SchemaAssertions.differencesFromHibernate(db, step.snapshot(), entities, naming));
    }
  }
}
