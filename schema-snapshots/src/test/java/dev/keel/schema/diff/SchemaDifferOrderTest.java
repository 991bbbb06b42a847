package dev.keel.schema.diff;

import static dev.keel.schema.diff.DiffFixtures.plain;
import static dev.keel.schema.diff.DiffFixtures.referencing;
import static dev.keel.schema.diff.DiffFixtures.schema;
import static dev.keel.schema.diff.DiffFixtures.users;
import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of changes: stages, foreign-key order of tables, cycles, and dependencies. */
class SchemaDifferOrderTest {

  /** Each change as its kind, plus {@code table.element} for some kinds. */
  static List<String> summary(List<SchemaChange> changes) {
    return changes.stream().map(SchemaDifferOrderTest::summary).toList();
  }

  static String summary(SchemaChange change) {
    String kind = change.getClass().getSimpleName();
    if (change instanceof CreateTable c) {
      return kind + " " + c.table().key();
    } else if (change instanceof DropTable d) {
      return kind + " " + d.table().key();
    } else if (change instanceof DropForeignKey d) {
      return kind + " " + d.table().key() + "." + d.foreignKey().name();
    } else if (change instanceof AddForeignKey a) {
      return kind + " " + a.table().key() + "." + a.foreignKey().name();
    } else if (change instanceof AddColumn a) {
      return kind + " " + a.table().key() + "." + a.column().name();
    }
    return kind;
  }

  @Test
  void diff_everyStage_runsInDocumentedOrder() {
    Table oldOnly = plain("gone").build();
    Table kept =
        users(col("old", "text"), col("retyped", "integer"), col("email", "text"))
            .namedUnique("uk_email", "email")
            .build();
    Table keptAfter =
        users(col("retyped", "bigint"), col("email", "text"), col("added", "text"))
            .namedUnique("uk_email", "email", "added")
            .index("ix_added", "added")
            .build();
    Table created = referencing("orders", "users").build();
    Schema from =
        new Schema(
            List.of("old"), List.of(new Sequence("", "s_old", 1, 1)), List.of(oldOnly, kept));
    Schema to =
        new Schema(
            List.of("app"),
            List.of(new Sequence("app", "s_new", 1, 50)),
            List.of(keptAfter, created));
    assertEquals(
        List.of(
            "DropUniqueConstraint",
            "DropColumn",
            "DropTable gone",
            "DropSequence",
            "CreateNamespace",
            "CreateSequence",
            "CreateTable orders",
            "AddColumn users.added",
            "AlterColumnType",
            "AddUniqueConstraint",
            "CreateIndex",
            "AddForeignKey orders.fk_orders_users",
            "DropNamespace"),
        summary(SchemaDiffer.diff(from, to)));
  }

  @Test
  void diff_createsReferencedTablesFirst_dropsReferencingTablesFirst() {
    Table alpha = referencing("alpha", "beta").build();
    Table beta = referencing("beta", "gamma").build();
    Table gamma = plain("gamma").build();
    Schema all = schema(alpha, beta, gamma);
    assertEquals(
        List.of(
            "CreateTable gamma",
            "CreateTable beta",
            "CreateTable alpha",
            "AddForeignKey alpha.fk_alpha_beta",
            "AddForeignKey beta.fk_beta_gamma"),
        summary(SchemaDiffer.diff(Schema.EMPTY, all)));
    assertEquals(
        List.of("DropTable alpha", "DropTable beta", "DropTable gamma"),
        summary(SchemaDiffer.diff(all, Schema.EMPTY)));
  }

  @Test
  void diff_cycle_brokenAtSmallestNameOnTheCycle() {
    Table a = referencing("a", "x").build();
    Table x = referencing("x", "y").build();
    Table y = referencing("y", "x").build();
    Schema all = schema(a, x, y);
    assertEquals(
        List.of(
            "CreateTable x",
            "CreateTable a",
            "CreateTable y",
            "AddForeignKey a.fk_a_x",
            "AddForeignKey x.fk_x_y",
            "AddForeignKey y.fk_y_x"),
        summary(SchemaDiffer.diff(Schema.EMPTY, all)));
    assertEquals(
        List.of("DropForeignKey y.fk_y_x", "DropTable a", "DropTable x", "DropTable y"),
        summary(SchemaDiffer.diff(all, Schema.EMPTY)));
  }

  @Test
  void diff_selfReference_needsNoExplicitDrop() {
    Table tree = referencing("tree", "tree").build();
    assertEquals(List.of("DropTable tree"), summary(SchemaDiffer.diff(schema(tree), Schema.EMPTY)));
  }

  @Test
  void diff_referencedColumnRetyped_foreignKeyDroppedAroundIt() {
    Table parent = table("parent").columns(notNull("id", "integer")).primaryKey("id").build();
    Table parentAfter = table("parent").columns(notNull("id", "bigint")).primaryKey("id").build();
    Table child = referencing("child", "parent").build();
    assertEquals(
        List.of(
            "DropForeignKey child.fk_child_parent",
            "AlterColumnType",
            "AddForeignKey child.fk_child_parent"),
        summary(SchemaDiffer.diff(schema(parent, child), schema(parentAfter, child))));
  }

  @Test
  void diff_referencingColumnRetyped_foreignKeyDroppedAroundIt() {
    Table parent = plain("parent").build();
    Table child = referencing("child", "parent").build();
    Table childAfter =
        plain("child")
            .columns(col("parent_id", "numeric(20,0)"))
            .foreignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id"))
            .build();
    assertEquals(
        List.of(
            "DropForeignKey child.fk_child_parent",
            "AlterColumnType",
            "AddForeignKey child.fk_child_parent"),
        summary(SchemaDiffer.diff(schema(parent, child), schema(parent, childAfter))));
  }

  /**
   * A parent whose primary key {@code parent_pkey} becomes {@code pk_parent} while an index of that
   * name goes away: the key cannot be renamed (the name is taken when a rename would run), so it is
   * dropped and added.
   */
  static Table parentWithIndexNamedPkParent() {
    return plain("parent").columns(col("code", "text")).index("pk_parent", "code").build();
  }

  static Table parentKeyedPkParent() {
    return plain("parent")
        .columns(col("code", "text"))
        .build()
        .withPrimaryKey(new dev.keel.schema.PrimaryKey("pk_parent", List.of("id")));
  }

  @Test
  void diff_referencedKeyChanged_foreignKeyDroppedBeforeAndAddedAfter() {
    Table child = referencing("child", "parent").build();
    assertEquals(
        List.of(
            "DropForeignKey child.fk_child_parent",
            "DropIndex",
            "DropPrimaryKey",
            "AddPrimaryKey",
            "AddForeignKey child.fk_child_parent"),
        summary(
            SchemaDiffer.diff(
                schema(parentWithIndexNamedPkParent(), child),
                schema(parentKeyedPkParent(), child))));
  }

  @Test
  void diff_droppedTableReferencingAChangedKey_dropsItsForeignKeyFirst() {
    Table child = referencing("child", "parent").build();
    assertEquals(
        List.of(
            "DropForeignKey child.fk_child_parent",
            "DropIndex",
            "DropPrimaryKey",
            "DropTable child",
            "AddPrimaryKey"),
        summary(
            SchemaDiffer.diff(
                schema(parentWithIndexNamedPkParent(), child), schema(parentKeyedPkParent()))));
  }

  @Test
  void diff_referencedKeyOnlyRenamed_renamesItAndKeepsForeignKeys() {
    Table parent = plain("parent").build();
    Table parentRenamedKey =
        plain("parent")
            .build()
            .withPrimaryKey(new dev.keel.schema.PrimaryKey("pk_parent", List.of("id")));
    Table child = referencing("child", "parent").build();
    assertEquals(
        List.of(new RenameConstraint(parent.tableName(), "parent_pkey", "pk_parent")),
        SchemaDiffer.diff(schema(parent, child), schema(parentRenamedKey, child)));
    assertEquals(
        List.of("RenameConstraint", "DropTable child"),
        summary(SchemaDiffer.diff(schema(parent, child), schema(parentRenamedKey))));
  }

  @Test
  void diff_keptTableLosesForeignKeyToDroppedTable_dropsForeignKeyFirst() {
    Table parent = plain("parent").build();
    Table child = referencing("child", "parent").build();
    Table childAfter = plain("child").columns(col("parent_id", "bigint")).build();
    assertEquals(
        List.of("DropForeignKey child.fk_child_parent", "DropTable parent"),
        summary(SchemaDiffer.diff(schema(parent, child), schema(childAfter))));
  }

  @Test
  void diff_withinStage_tablesByQualifiedNameThenColumnOrder() {
    Schema from =
        new Schema(
            List.of("app2"),
            List.of(),
            List.of(plain("b").build(), plain("a").build(), plain("app2", "c").build()));
    Schema to =
        new Schema(
            List.of("app2"),
            List.of(),
            List.of(
                plain("b").columns(col("z", "boolean"), col("y", "text")).build(),
                plain("a").columns(col("m", "text"), col("k", "integer")).build(),
                plain("app2", "c").columns(col("q", "text")).build()));
    assertEquals(
        List.of(
            "AddColumn a.k",
            "AddColumn a.m",
            "AddColumn app2.c.q",
            "AddColumn b.z",
            "AddColumn b.y"),
        summary(SchemaDiffer.diff(from, to)));
  }

  @Test
  void diff_tableNameCarriesSchema() {
    Table t = plain("app", "t").columns(col("x", "text")).build();
    Table before = plain("app", "t").build();
    Schema from = new Schema(List.of("app"), List.of(), List.of(before));
    Schema to = new Schema(List.of("app"), List.of(), List.of(t));
    assertEquals(
        List.of(new AddColumn(new TableName("app", "t"), col("x", "text"))),
        SchemaDiffer.diff(from, to));
  }
}
