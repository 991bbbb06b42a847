package dev.keel.schema.diff;

import static dev.keel.schema.diff.DiffFixtures.schema;
import static dev.keel.schema.diff.SchemaDifferRenameTest.USERS;
import static dev.keel.schema.diff.SchemaDifferRenameTest.people;
import static dev.keel.schema.testing.TableBuilder.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rename hints: which apply, their inverse, and what they reject. */
class DiffHintsTest {

  @Test
  void diff_hintsThatDoNotApply_changeNothingAndAreUnmatched() {
    Table users = people("users", "email").build();
    Table customers = people("customers", "email").build();
    DiffHints stale =
        DiffHints.NONE
            .renameTable("users", "customers")
            .renameColumn("customers", "mail", "email")
            .renameColumn("nowhere", "a", "b");
    assertEquals(List.of(), SchemaDiffer.diff(schema(customers), schema(customers), stale));
    assertEquals(stale, stale.unmatched(schema(customers), schema(customers)));
    DiffHints live = DiffHints.NONE.renameTable("users", "customers");
    assertEquals(DiffHints.NONE, live.unmatched(schema(users), schema(customers)));
    Schema swapped = schema(DiffFixtures.users(col("a", "text"), col("b", "text")).build());
    DiffHints swap = DiffHints.NONE.renameColumn("users", "a", "b").renameColumn("users", "b", "a");
    assertEquals(swap, swap.unmatched(swapped, swapped));
  }

  @Test
  void diff_tableRenameAcrossSchemas_isUnmatched() {
    Schema from =
        new Schema(List.of("app"), List.of(), List.of(DiffFixtures.plain("app", "t").build()));
    Schema to = schema(DiffFixtures.plain("u").build());
    DiffHints hints = DiffHints.NONE.renameTable("app.t", "u");
    assertEquals(hints, hints.unmatched(from, to));
    assertEquals(
        List.of(DropTable.class, CreateTable.class, DropNamespace.class),
        SchemaDiffer.diff(from, to, hints).stream().map(Object::getClass).toList());
  }

  @Test
  void inverse_twiceGivesTheHintsBack() {
    DiffHints hints =
        DiffHints.NONE
            .renameTable("users", "customers")
            .renameColumn("customers", "mail", "email")
            .renameColumn("orders", "user_id", "customer_id");
    assertEquals(hints, hints.inverse().inverse());
    assertEquals(
        List.of(
            new DiffHints.ColumnRename("orders", "customer_id", "user_id"),
            new DiffHints.ColumnRename("users", "email", "mail")),
        hints.inverse().columns());
    assertEquals(DiffHints.NONE, DiffHints.NONE.inverse());
  }

  @Test
  void hints_renamingOneNameTwice_rejected() {
    DiffHints one = DiffHints.NONE.renameTable("a", "b");
    assertThrows(IllegalArgumentException.class, () -> one.renameTable("a", "c"));
    assertThrows(IllegalArgumentException.class, () -> one.renameTable("c", "b"));
    assertThrows(IllegalArgumentException.class, () -> DiffHints.NONE.renameColumn("t", "a", "a"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RenameTable(new TableName("app", "a"), new TableName("", "b")));
    assertThrows(IllegalArgumentException.class, () -> new RenameColumn(USERS, "Mail", "mail"));
  }
}
