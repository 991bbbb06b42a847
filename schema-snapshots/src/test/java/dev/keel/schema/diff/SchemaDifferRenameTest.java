package dev.keel.schema.diff;

import static dev.keel.schema.diff.DiffFixtures.schema;
import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Column;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.testing.TableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hinted table and column renames, and the renames of names that follow them, both ways. */
class SchemaDifferRenameTest {

  static final TableName USERS = new TableName("", "users");
  static final TableName CUSTOMERS = new TableName("", "customers");

  static void assertDiff(
      Schema from, Schema to, DiffHints hints, List<SchemaChange> up, List<SchemaChange> down) {
    assertEquals(up, SchemaDiffer.diff(from, to, hints), "up");
    assertEquals(down, SchemaDiffer.diff(to, from, hints.inverse()), "down");
  }

  /** A table with a key, a unique, a check and an index, all named after table and columns. */
  static TableBuilder people(String name, String mail) {
    return table(name)
        .columns(notNull("id", "bigint"), col(mail, "varchar(255)"), col("kind", "integer"))
        .primaryKey("id")
        .unique(mail)
        .check("kind", "(kind in (1,2))")
        .index("IDX" + name, mail + " desc", "kind");
  }

  static Schema withSequence(Table table, String sequence) {
    return new Schema(List.of(), List.of(new Sequence("", sequence, 1, 50)), List.of(table));
  }

  @Test
  void diff_tableRenameHint_renamesTableAndEveryNameDerivedFromIt() {
    Schema from = withSequence(people("users", "email").build(), "users_seq");
    Schema to = withSequence(people("customers", "email").build(), "customers_seq");
    DiffHints hints = DiffHints.NONE.renameTable("users", "customers");
    Sequence usersSeq = from.sequences().get(0);
    Sequence customersSeq = to.sequences().get(0);
    assertDiff(
        from,
        to,
        hints,
        List.of(
            new RenameTable(USERS, CUSTOMERS),
            new RenameSequence(usersSeq, customersSeq),
            new RenameConstraint(CUSTOMERS, "users_email_key", "customers_email_key"),
            new RenameConstraint(CUSTOMERS, "users_kind_check", "customers_kind_check"),
            new RenameConstraint(CUSTOMERS, "users_pkey", "customers_pkey"),
            new RenameIndex(CUSTOMERS, "IDXusers", "IDXcustomers")),
        List.of(
            new RenameTable(CUSTOMERS, USERS),
            new RenameSequence(customersSeq, usersSeq),
            new RenameConstraint(USERS, "customers_email_key", "users_email_key"),
            new RenameConstraint(USERS, "customers_kind_check", "users_kind_check"),
            new RenameConstraint(USERS, "customers_pkey", "users_pkey"),
            new RenameIndex(USERS, "IDXcustomers", "IDXusers")));
  }

  @Test
  void diff_tableRenameWithoutHint_dropsAndCreates() {
    Table users = people("users", "email").build();
    Table customers = people("customers", "email").build();
    assertEquals(
        List.of(
            new DropTable(users),
            new CreateTable(customers),
            new CreateIndex(CUSTOMERS, customers.indexes().get(0))),
        SchemaDiffer.diff(schema(users), schema(customers)));
  }

  @Test
  void diff_columnRenameHint_renamesColumnAndConstraintsIndexesAndCheckText() {
    Table before =
        people("users", "mail").check("mail", "(mail like '%@%' and length(mail) > 3)").build();
    Table after =
        people("users", "email").check("email", "(email like '%@%' and length(email) > 3)").build();
    DiffHints hints = DiffHints.NONE.renameColumn("users", "mail", "email");
    assertDiff(
        schema(before),
        schema(after),
        hints,
        List.of(
            new RenameColumn(USERS, "mail", "email"),
            new RenameConstraint(USERS, "users_mail_check", "users_email_check"),
            new RenameConstraint(USERS, "users_mail_key", "users_email_key")),
        List.of(
            new RenameColumn(USERS, "email", "mail"),
            new RenameConstraint(USERS, "users_email_check", "users_mail_check"),
            new RenameConstraint(USERS, "users_email_key", "users_mail_key")));
  }

  @Test
  void diff_columnRenameWithoutHint_dropsAndAdds() {
    Column mail = col("mail", "text");
    Column email = col("email", "text");
    assertEquals(
        List.of(new DropColumn(USERS, mail), new AddColumn(USERS, email)),
        SchemaDiffer.diff(
            schema(DiffFixtures.users(mail).build()), schema(DiffFixtures.users(email).build())));
  }

  @Test
  void diff_renamedColumnAlsoRetyped_renamesThenAltersUnderNewName() {
    Table before = DiffFixtures.users(col("mail", "varchar(100)")).build();
    Table after = DiffFixtures.users(col("email", "varchar(255)")).build();
    DiffHints hints = DiffHints.NONE.renameColumn("users", "mail", "email");
    assertDiff(
        schema(before),
        schema(after),
        hints,
        List.of(
            new RenameColumn(USERS, "mail", "email"),
            new AlterColumnType(USERS, col("email", "varchar(100)"), col("email", "varchar(255)"))),
        List.of(
            new RenameColumn(USERS, "email", "mail"),
            new AlterColumnType(USERS, col("mail", "varchar(255)"), col("mail", "varchar(100)"))));
  }

  @Test
  void diff_tableAndColumnRenamedTogether_columnHintNamesNewTable() {
    Table before = people("users", "mail").build();
    Table after = people("customers", "email").build();
    DiffHints hints =
        DiffHints.NONE.renameTable("users", "customers").renameColumn("customers", "mail", "email");
    assertEquals(
        new DiffHints(
            List.of(new DiffHints.TableRename("customers", "users")),
            List.of(new DiffHints.ColumnRename("users", "email", "mail"))),
        hints.inverse());
    assertDiff(
        schema(before),
        schema(after),
        hints,
        List.of(
            new RenameTable(USERS, CUSTOMERS),
            new RenameColumn(CUSTOMERS, "mail", "email"),
            new RenameConstraint(CUSTOMERS, "users_kind_check", "customers_kind_check"),
            new RenameConstraint(CUSTOMERS, "users_mail_key", "customers_email_key"),
            new RenameConstraint(CUSTOMERS, "users_pkey", "customers_pkey"),
            new RenameIndex(CUSTOMERS, "IDXusers", "IDXcustomers")),
        List.of(
            new RenameTable(CUSTOMERS, USERS),
            new RenameColumn(USERS, "email", "mail"),
            new RenameConstraint(USERS, "customers_email_key", "users_mail_key"),
            new RenameConstraint(USERS, "customers_kind_check", "users_kind_check"),
            new RenameConstraint(USERS, "customers_pkey", "users_pkey"),
            new RenameIndex(USERS, "IDXcustomers", "IDXusers")));
  }

  /** {@code orders (id, <column> bigint)} with foreign key {@code fk} to {@code target (<ref>)}. */
  static Table orders(String column, String fk, String target, String ref) {
    return table("orders")
        .columns(notNull("id", "bigint"), col(column, "bigint"))
        .primaryKey("id")
        .foreignKey(fk, List.of(column), target, List.of(ref))
        .build();
  }

  @Test
  void diff_referencedTableRenamed_foreignKeyOfOtherTableFollowsAndIsRenamed() {
    Table users = DiffFixtures.plain("users").build();
    Table customers = DiffFixtures.plain("customers").build();
    TableName ordersName = new TableName("", "orders");
    assertDiff(
        schema(users, orders("user_id", "FKusers", "users", "id")),
        schema(customers, orders("user_id", "FKcustomers", "customers", "id")),
        DiffHints.NONE.renameTable("users", "customers"),
        List.of(
            new RenameTable(USERS, CUSTOMERS),
            new RenameConstraint(CUSTOMERS, "users_pkey", "customers_pkey"),
            new RenameConstraint(ordersName, "FKusers", "FKcustomers")),
        List.of(
            new RenameTable(CUSTOMERS, USERS),
            new RenameConstraint(ordersName, "FKcustomers", "FKusers"),
            new RenameConstraint(USERS, "customers_pkey", "users_pkey")));
  }

  @Test
  void diff_referencingAndReferencedColumnsRenamed_foreignKeyFollows() {
    Table users =
        DiffFixtures.plain("users").columns(notNull("code", "bigint")).unique("code").build();
    Table members =
        DiffFixtures.plain("users").columns(notNull("number", "bigint")).unique("number").build();
    TableName ordersName = new TableName("", "orders");
    DiffHints hints =
        DiffHints.NONE
            .renameColumn("users", "code", "number")
            .renameColumn("orders", "user_code", "member_number");
    assertDiff(
        schema(users, orders("user_code", "FKa", "users", "code")),
        schema(members, orders("member_number", "FKb", "users", "number")),
        hints,
        List.of(
            new RenameColumn(ordersName, "user_code", "member_number"),
            new RenameColumn(USERS, "code", "number"),
            new RenameConstraint(ordersName, "FKa", "FKb"),
            new RenameConstraint(USERS, "users_code_key", "users_number_key")),
        List.of(
            new RenameColumn(ordersName, "member_number", "user_code"),
            new RenameColumn(USERS, "number", "code"),
            new RenameConstraint(ordersName, "FKb", "FKa"),
            new RenameConstraint(USERS, "users_number_key", "users_code_key")));
  }

  @Test
  void diff_withoutHints_constraintsAndIndexesThatOnlyChangeNameAreRenamed() {
    Table before =
        DiffFixtures.users(col("a", "integer"), col("b", "integer"))
            .namedUnique("uk_old", "a")
            .namedCheck("ck_old", null, "a < b")
            .index("ix_old", "b")
            .foreignKey("fk_old", List.of("b"), "users", List.of("id"))
            .build();
    Table after =
        DiffFixtures.users(col("a", "integer"), col("b", "integer"))
            .namedUnique("uk_new", "a")
            .namedCheck("ck_new", "a", "a < b")
            .index("ix_new", "b asc")
            .foreignKey("fk_new", List.of("b"), "users", List.of("id"))
            .build();
    assertDiff(
        schema(before),
        schema(after),
        DiffHints.NONE,
        List.of(
            new RenameConstraint(USERS, "ck_old", "ck_new"),
            new RenameConstraint(USERS, "fk_old", "fk_new"),
            new RenameConstraint(USERS, "uk_old", "uk_new"),
            new RenameIndex(USERS, "ix_old", "ix_new")),
        List.of(
            new RenameConstraint(USERS, "ck_new", "ck_old"),
            new RenameConstraint(USERS, "fk_new", "fk_old"),
            new RenameConstraint(USERS, "uk_new", "uk_old"),
            new RenameIndex(USERS, "ix_new", "ix_old")));
    assertEquals(
        SchemaDiffer.diff(schema(before), schema(after)),
        SchemaDiffer.diff(schema(before), schema(after), DiffHints.NONE));
  }

  @Test
  void diff_renameWhoseNewNameIsTaken_dropsAndAdds() {
    Table before =
        DiffFixtures.users(col("a", "integer"), col("b", "integer"))
            .index("ix_a", "a")
            .index("ix_b", "b")
            .build();
    Table after =
        DiffFixtures.users(col("a", "integer"), col("b", "integer")).index("ix_b", "a").build();
    assertEquals(
        List.of(
            new DropIndex(USERS, before.indexes().get(0)),
            new DropIndex(USERS, before.indexes().get(1)),
            new CreateIndex(USERS, after.indexes().get(0))),
        SchemaDiffer.diff(schema(before), schema(after)));
  }

  @Test
  void diff_renamedForeignKeyOnRetypedColumn_droppedUnderOldNameNotRenamed() {
    Table parent = DiffFixtures.plain("parent").build();
    Table before =
        DiffFixtures.plain("child")
            .columns(col("parent_id", "bigint"))
            .foreignKey("fk_old", List.of("parent_id"), "parent", List.of("id"))
            .check("parent_id", "(parent_id > 0)")
            .build();
    Table after =
        DiffFixtures.plain("child")
            .columns(col("parent_id", "numeric(20,0)"))
            .foreignKey("fk_new", List.of("parent_id"), "parent", List.of("id"))
            .namedCheck("ck_new", "parent_id", "(parent_id > 0)")
            .build();
    TableName child = before.tableName();
    assertEquals(
        List.of(
            new DropForeignKey(child, before.foreignKeys().get(0)),
            new DropCheck(child, before.checks().get(0)),
            new AlterColumnType(
                child, col("parent_id", "bigint"), col("parent_id", "numeric(20,0)")),
            new AddCheck(child, after.checks().get(0)),
            new AddForeignKey(child, after.foreignKeys().get(0))),
        SchemaDiffer.diff(schema(parent, before), schema(parent, after)));
  }

  @Test
  void diff_sequenceOnlyRenamed_renamedWhenUnambiguous() {
    Sequence a = new Sequence("", "a_seq", 1, 50);
    Sequence b = new Sequence("", "b_seq", 1, 50);
    Sequence c = new Sequence("", "c_seq", 1, 50);
    Sequence d = new Sequence("", "d_seq", 1, 50);
    assertDiff(
        new Schema(List.of(), List.of(a), List.of()),
        new Schema(List.of(), List.of(b), List.of()),
        DiffHints.NONE,
        List.of(new RenameSequence(a, b)),
        List.of(new RenameSequence(b, a)));
    assertEquals(
        List.of(
            new DropSequence(a), new DropSequence(b), new CreateSequence(c), new CreateSequence(d)),
        SchemaDiffer.diff(
            new Schema(List.of(), List.of(a, b), List.of()),
            new Schema(List.of(), List.of(c, d), List.of())));
  }

  @Test
  void diff_sequenceOfRenamedTable_renamedThenAlteredAlsoAmongLookalikes() {
    Sequence users = new Sequence("", "Users_SEQ", 1, 50);
    Sequence other = new Sequence("", "other_seq", 1, 50);
    Sequence customers = new Sequence("", "Customers_SEQ", 1, 1);
    Sequence third = new Sequence("", "third_seq", 1, 50);
    Schema from =
        new Schema(List.of(), List.of(users, other), List.of(DiffFixtures.plain("Users").build()));
    Schema to =
        new Schema(
            List.of(), List.of(customers, third), List.of(DiffFixtures.plain("Customers").build()));
    Sequence renamed = new Sequence("", "Customers_SEQ", 1, 50);
    assertEquals(
        List.of(
            new RenameTable(new TableName("", "Users"), new TableName("", "Customers")),
            new RenameSequence(other, third),
            new RenameSequence(users, renamed),
            new RenameConstraint(new TableName("", "Customers"), "users_pkey", "customers_pkey"),
            new AlterSequence(renamed, customers)),
        SchemaDiffer.diff(from, to, DiffHints.NONE.renameTable("users", "customers")));
  }

  @Test
  void diff_renameInOtherSchema_qualifiedNamesKept() {
    Table before = DiffFixtures.plain("app", "users").build();
    Table after = DiffFixtures.plain("app", "customers").build();
    assertEquals(
        List.of(
            new RenameTable(new TableName("app", "users"), new TableName("app", "customers")),
            new RenameConstraint(
                new TableName("app", "customers"), "users_pkey", "customers_pkey")),
        SchemaDiffer.diff(
            new Schema(List.of("app"), List.of(), List.of(before)),
            new Schema(List.of("app"), List.of(), List.of(after)),
            DiffHints.NONE.renameTable("app.users", "app.customers")));
  }

  @Test
  void diff_checkTextRename_leavesLiteralsFunctionsAndOtherColumnsAlone() {
    Table before =
        DiffFixtures.users(col("mail", "text"), col("\"Other\"", "text"))
            .namedCheck(
                "ck", null, "mail <> 'mail' and upper(mail) <> \"Other\" and mail::text <> ''")
            .build();
    Table after =
        DiffFixtures.users(col("\"E-Mail\"", "text"), col("\"Other\"", "text"))
            .namedCheck(
                "ck",
                null,
                "\"E-Mail\" <> 'mail' and upper(\"E-Mail\") <> \"Other\" and \"E-Mail\"::text <> ''")
            .build();
    assertEquals(
        List.of(new RenameColumn(USERS, "mail", "\"E-Mail\"")),
        SchemaDiffer.diff(
            schema(before), schema(after), DiffHints.NONE.renameColumn("users", "mail", "E-Mail")));
  }
}
