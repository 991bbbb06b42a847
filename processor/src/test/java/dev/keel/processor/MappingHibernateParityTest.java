package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.CompiledModule;
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
 * Mappings Keel once got wrong or refused, each checked against the catalog Hibernate's own {@code
 * create} builds: entities and embeddables nested in a class, an INTEGER discriminator without
 * values, an embeddable under its owner's property access (also one embedded under both access
 * types whose fields and getters agree), a check whose string literals hold column names, a
 * converter that extends an abstract converter, a raw element collection typed by {@code
 * targetClass}, maps keyed by an entity (also through {@code @MapKeyJoinColumn} with a {@code
 * referencedColumnName}), maps keyed by {@code @MapKey} and raw maps typed by {@code @MapKeyClass},
 * a sequence generator in an id's {@code @SequenceGenerators}, and the discriminator values {@code
 * "null"} and {@code "not null"}.
 */
class MappingHibernateParityTest {

  private static final List<String> ENTITIES =
      List.of(
          "Account",
          "Bin",
          "Board",
          "Car",
          "Catalog$Product",
          "Circle",
          "Contact",
          "Crate",
          "Dog",
          "Invoice",
          "Item",
          "Label",
          "Part",
          "Pallet",
          "Pet",
          "Polygon",
          "Shape",
          "Shelf",
          "Stray",
          "Tag",
          "Ticket",
          "Truck",
          "Vehicle");

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(HibernateOracle.Naming.class)
  void mappingsOnceWrong_matchHibernate(HibernateOracle.Naming naming) throws Exception {
    String option = naming == HibernateOracle.Naming.JPA ? "jpa" : "snake_case";
    ScenarioProject project = new ScenarioProject(dir, "-Akeel.naming=" + option);
    ScenarioProject.Step step = project.useSources("hibernate-parity").compile();
    assertTrue(step.success(), step.diagnostics());
    assertEquals("", step.diagnostics());
    try (TestDatabase db = TestPostgres.createDatabase("parity_" + option);
        CompiledModule module = new CompiledModule(step.classes());
        Connection c = db.connect()) {
      CompiledModule.up(module.migration(module.index().get(0)), c);
      SchemaAssertions.assertCatalogMatches(c, step.snapshot(), "after up");
      List<Class<?>> entities = new ArrayList<>();
      for (String name : ENTITIES) {
        entities.add(module.type("com.example." + name));
      }
      HibernateOracle.validate(db, entities, naming);
      assertEquals(
          List.of(),
          SchemaAssertions.differencesFromHibernate(db, step.snapshot(), entities, naming));
    }
  }
}
