package dev.keel.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.Migration;
import dev.keel.schema.Schema;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives a project through fixture versions. After each compile the new migration is applied to a
 * database that holds every earlier step, reverted and applied again; after each of those the
 * catalog must equal the snapshot it should equal; and Hibernate must validate the entities of that
 * step.
 */
public final class Evolution {

  private final ScenarioProject project;
  private final HibernateOracle.Naming naming;
  private final String[] hibernateSettings;
  private final List<Schema> snapshots = new ArrayList<>(List.of(Schema.EMPTY));

  public Evolution(Path dir, HibernateOracle.Naming naming, String... processorOptions) {
    this(new ScenarioProject(dir, processorOptions), naming);
  }

  public Evolution(
      ScenarioProject project, HibernateOracle.Naming naming, String... hibernateSettings) {
    this.project = project;
    this.naming = naming;
    this.hibernateSettings = hibernateSettings;
  }

  public ScenarioProject project() {
    return project;
  }

  /**
   * Compiles fixture {@code cases/<fixture>}, expects exactly one new migration, and checks it on
   * {@code db} (which holds every earlier step) with the entities {@code entityClasses}.
   *
   * @return the compile step
   */
  public ScenarioProject.Step step(TestDatabase db, String fixture, List<String> entityClasses)
      throws Exception {
    project.useSources(fixture);
    return check(db, fixture, entityClasses);
  }

  /**
   * Compiles the sources of the layered fixtures {@code layers} (see {@link
   * ScenarioProject#useSources}) and checks the new migration with every entity of the project.
   */
  public ScenarioProject.Step layers(TestDatabase db, String... layers) throws Exception {
    project.useSources(layers);
    return check(db, layers[layers.length - 1], project.managedClassNames());
  }

  private ScenarioProject.Step check(TestDatabase db, String fixture, List<String> entityClasses)
      throws Exception {
    ScenarioProject.Step step = project.compile();
    assertTrue(step.success(), fixture + ":\n" + step.diagnostics());
    assertEquals(1, step.newMigrations().size(), fixture + ": one new migration");
    Schema before = snapshots.get(snapshots.size() - 1);
    snapshots.add(step.snapshot());
    try (CompiledModule module = new CompiledModule(step.classes());
        Connection c = db.connect()) {
      List<CompiledModule.IndexedMigration> index = module.index();
      Migration m = module.migration(index.get(index.size() - 1));
      CompiledModule.up(m, c);
      SchemaAssertions.assertCatalogMatches(c, step.snapshot(), fixture + ": after up");
      CompiledModule.down(m, c);
      SchemaAssertions.assertCatalogMatches(c, before, fixture + ": after down");
      CompiledModule.up(m, c);
      SchemaAssertions.assertCatalogMatches(c, step.snapshot(), fixture + ": after up again");
      List<Class<?>> entities = new ArrayList<>();
      for (String name : entityClasses) {
        entities.add(module.type(name));
      }
      if (!entities.isEmpty()) {
        HibernateOracle.validate(db, entities, naming, hibernateSettings);
      }
    }
    return step;
  }

  /** A fresh database for an evolution. */
  public static TestDatabase database(String label) {
    return TestPostgres.createDatabase(label);
  }
}
