package dev.keel.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.keel.schema.Schema;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.testing.Catalog;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differ and the renderer are exact: migrating a database built from a to b gives the catalog
 * of a database built from b, and migrating back gives a's again, with plain and with online
 * statements; and the database holds every constraint under the model's name.
 */
class MigrationDatabaseTest {

  static List<MigrationPairs.Pair> pairs() {
    return MigrationPairs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void migrateUpAndDown_givesCatalogOfFreshDatabase(MigrationPairs.Pair pair) throws Exception {
    Schema a = pair.a();
    Schema b = pair.b();
    try (TestDatabase migrated = TestPostgres.createDatabase("mig_" + pair.name());
        TestDatabase fresh = TestPostgres.createDatabase("fresh_" + pair.name())) {
      Databases.apply(migrated, PostgresDdl.createAll(a));
      Catalog catalogA = Databases.read(migrated, a, b);
      Databases.assertNamesMatch(a, catalogA);
      Databases.apply(fresh, PostgresDdl.createAll(b));
      Catalog catalogB = Databases.read(fresh, a, b);
      Databases.assertNamesMatch(b, catalogB);
      assertNotEquals(
          List.of(), catalogA.differences(catalogB), "the pair differs in the database");

      Databases.apply(migrated, PostgresDdl.render(SchemaDiffer.diff(a, b)));
      assertEquals(List.of(), catalogB.differences(Databases.read(migrated, a, b)), "up");

      Databases.apply(migrated, PostgresDdl.render(SchemaDiffer.diff(b, a)));
      assertEquals(List.of(), catalogA.differences(Databases.read(migrated, a, b)), "down");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void migrateOnlineUpAndDown_givesCatalogOfFreshDatabase(MigrationPairs.Pair pair)
      throws Exception {
    Schema a = pair.a();
    Schema b = pair.b();
    RenderOptions online = RenderOptions.DEFAULT.withOnline(true);
    try (TestDatabase migrated = TestPostgres.createDatabase("online_" + pair.name());
        TestDatabase fresh = TestPostgres.createDatabase("fresh_online_" + pair.name())) {
      Databases.apply(migrated, PostgresDdl.createAll(a));
      Catalog catalogA = Databases.read(migrated, a, b);
      Databases.apply(fresh, PostgresDdl.createAll(b));
      Catalog catalogB = Databases.read(fresh, a, b);

      Databases.apply(migrated, PostgresDdl.render(SchemaDiffer.diff(a, b), online));
      assertEquals(List.of(), catalogB.differences(Databases.read(migrated, a, b)), "up");

      Databases.apply(migrated, PostgresDdl.render(SchemaDiffer.diff(b, a), online));
      assertEquals(List.of(), catalogA.differences(Databases.read(migrated, a, b)), "down");
    }
  }
}
