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
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reserved words on PostgreSQL: quoted by hand (no option), or by the option that mirrors the
 * application's Hibernate setting ({@code -Akeel.quoting=keywords} for {@code
 * hibernate.auto_quote_keyword}, {@code all} for {@code hibernate.globally_quoted_identifiers}),
 * under both naming strategies: the migration applies, Hibernate validates it with that setting,
 * and the catalog equals the one Hibernate's own {@code create} builds with it.
 */
class QuotingTest {

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (HibernateOracle.Naming naming : HibernateOracle.Naming.values()) {
      all.add(Arguments.of("quoting/explicit", naming, "none", new String[0]));
      all.add(
          Arguments.of(
              "quoting/keywords",
              naming,
              "keywords",
              new String[] {"hibernate.auto_quote_keyword=true"}));
      all.add(
          Arguments.of(
              "quoting/keywords",
              naming,
              "all",
              new String[] {"hibernate.globally_quoted_identifiers=true"}));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void quotedNames_matchHibernate(
      String fixture, HibernateOracle.Naming naming, String quoting, String[] hibernate)
      throws Exception {
    String namingOption = naming == HibernateOracle.Naming.JPA ? "jpa" : "snake_case";
    ScenarioProject project =
        new ScenarioProject(dir, "-Akeel.naming=" + namingOption, "-Akeel.quoting=" + quoting);
    ScenarioProject.Step step = project.useSources(fixture).compile();
    assertTrue(step.success(), step.diagnostics());
    try (TestDatabase db = TestPostgres.createDatabase("quoting");
        CompiledModule module = new CompiledModule(step.classes());
        Connection c = db.connect()) {
      CompiledModule.up(module.migration(module.index().get(0)), c);
      SchemaAssertions.assertCatalogMatches(c, step.snapshot(), "after up");
      List<Class<?>> entities = new ArrayList<>();
      for (String name : project.managedClassNames()) {
        entities.add(module.type(name));
      }
      HibernateOracle.validate(db, entities, naming, hibernate);
      assertEquals(
          List.of(),
          SchemaAssertions.differencesFromHibernate(
              db, step.snapshot(), entities, naming, hibernate));
    }
  }
}
