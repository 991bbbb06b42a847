package dev.keel.processor;

import dev.keel.processor.testing.Evolution;
import dev.keel.processor.testing.HibernateOracle;
import dev.keel.schema.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A domain evolves in eleven steps (a relation added, a join table added, a join made optional, an
 * embeddable field, subclass fields, an element collection, a new JOINED subclass, indexes and
 * constraints, a relation dropped, an embedded association, a subclass removed). After each step
 * the generated migration applies to the database holding every earlier step, reverts to the
 * previous snapshot and applies again, the catalog equals the snapshot each time, and Hibernate
 * validates.
 */
class EvolutionTest {

  private static final List<String> STEPS =
      List.of(
          "s01-add-relation",
          "s02-add-many-to-many",
          "s03-optional-join",
          "s04-embeddable-field",
          "s05-subclass-fields",
          "s06-element-collection",
          "s07-joined-subclass",
          "s08-constraints",
          "s09-drop-relation",
          "s10-embedded-association",
          "s11-subclass-removal");

  @TempDir Path dir;

  @Test
  void elevenSteps_eachApplyRevertAndValidate() throws Exception {
    Evolution evolution = new Evolution(dir, HibernateOracle.Naming.SNAKE_CASE);
    try (TestDatabase db = Evolution.database("evolution")) {
      List<String> layers = new ArrayList<>(List.of("evolution/base"));
      evolution.layers(db, layers.toArray(String[]::new));
      for (String step : STEPS) {
        layers.add("evolution/" + step);
        evolution.layers(db, layers.toArray(String[]::new));
      }
    }
  }
}
