package dev.keel.schema.sql;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.testing.Catalog;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every online form applies to a table holding rows and reverts, and leaves exactly the catalog of
 * a fresh database built from the target schema, both ways.
 */
class OnlineFormsDatabaseTest {

  static final RenderOptions ONLINE = RenderOptions.DEFAULT.withOnline(true);

  static Table parent() {
    return table("parent").columns(notNull("id", "bigint")).primaryKey("id").build();
  }

  /** A table of rows before it gains an index, a foreign key, a check, a not null and a unique. */
  static Schema bare() {
    Table items =
        table("items")
            .columns(
                notNull("id", "bigint"),
                col("parent_id", "bigint"),
                col("email", "varchar(255)"),
                col("kind", "integer"),
                col("code", "varchar(40)"))
            .primaryKey("id")
            .build();
    Table bag = table("bag").columns(notNull("id", "bigint"), col("note", "text")).build();
    return new Schema(List.of(), List.of(), List.of(parent(), items, bag));
  }

  static Schema constrained() {
    Table items =
        table("items")
            .columns(
                notNull("id", "bigint"),
                col("parent_id", "bigint"),
                notNull("email", "varchar(255)"),
                col("kind", "integer"),
                col("code", "varchar(40)"))
            .primaryKey("id")
            .unique("code")
            .check("kind", "(kind between 0 and 9)")
            .index("IDXitems_kind", "kind desc")
            .foreignKey("FKitems_parent", List.of("parent_id"), "parent", List.of("id"))
            .build();
    Table bag =
        table("bag").columns(notNull("id", "bigint"), col("note", "text")).primaryKey("id").build();
    return new Schema(List.of(), List.of(), List.of(parent(), items, bag));
  }

  @Test
  void onlineForms_applyAndRevertOnTablesWithRows_catalogAsFresh() throws Exception {
    Schema a = bare();
    Schema b = constrained();
    try (TestDatabase db = TestPostgres.createDatabase("online_rows");
        TestDatabase freshA = TestPostgres.createDatabase("online_rows_fresh_a");
        TestDatabase freshB = TestPostgres.createDatabase("online_rows_fresh_b")) {
      Databases.apply(freshA, PostgresDdl.createAll(a));
      Databases.apply(freshB, PostgresDdl.createAll(b));
      Databases.apply(db, PostgresDdl.createAll(a));
      db.execute(
          "insert into parent select g from generate_series(1, 10) g",
          "insert into items (id, parent_id, email, kind, code) select g, g % 10 + 1, 'u' || g || '@x', g % 10, 'c' || g"
              + " from generate_series(1, 5000) g",
          "insert into bag (id, note) select g, 'n' from generate_series(1, 500) g");

      Rendered up = PostgresDdl.render(SchemaDiffer.diff(a, b), ONLINE);
      assertTrue(up.hasConcurrent(), "the online forms run outside a transaction");
      Databases.apply(db, up);
      assertEquals(List.of(), Databases.read(freshB).differences(Databases.read(db)), "up");
      assertEquals(List.of("5000"), RenameDatabaseTest.rows(db, "select count(*) from items"));

      Databases.apply(db, PostgresDdl.render(SchemaDiffer.diff(b, a), ONLINE));
      Catalog down = Databases.read(db);
      assertEquals(List.of(), Databases.read(freshA).differences(down), "down");
      assertEquals(List.of("500"), RenameDatabaseTest.rows(db, "select count(*) from bag"));
    }
  }
}
