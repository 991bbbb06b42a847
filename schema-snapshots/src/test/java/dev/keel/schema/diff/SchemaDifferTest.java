package dev.keel.schema.diff;

import static dev.keel.schema.diff.DiffFixtures.USERS;
import static dev.keel.schema.diff.DiffFixtures.plain;
import static dev.keel.schema.diff.DiffFixtures.schema;
import static dev.keel.schema.diff.DiffFixtures.users;
import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.identity;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.Index;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.UniqueConstraint;
import dev.keel.schema.testing.SampleSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of change, in both directions. */
class SchemaDifferTest {

  static void assertDiff(Schema from, Schema to, List<SchemaChange> up, List<SchemaChange> down) {
    assertEquals(up, SchemaDiffer.diff(from, to), "up");
    assertEquals(down, SchemaDiffer.diff(to, from), "down");
  }

  @Test
  void diff_equalSchemas_isEmpty() {
    assertEquals(List.of(), SchemaDiffer.diff(SampleSchemas.library(), SampleSchemas.library()));
    assertEquals(List.of(), SchemaDiffer.diff(Schema.EMPTY, Schema.EMPTY));
  }

  @Test
  void diff_namesDifferingOnlyInFoldedCase_isEmpty() {
    Schema lower = schema(users(col("email", "text")).build());
    Schema upper =
        schema(
            dev.keel.schema.testing.TableBuilder.table("USERS")
                .columns(notNull("ID", "bigint"), col("Email", "text"))
                .namedPrimaryKey("Users_Pkey", "Id")
                .build());
    assertEquals(List.of(), SchemaDiffer.diff(lower, upper));
  }

  @Test
  void diff_onlyCustomTypeFlagChanges_isEmpty() {
    Column plainText = col("bio", "text");
    Column customText = new Column("bio", "text", true, null, false, true);
    assertEquals(
        List.of(),
        SchemaDiffer.diff(schema(users(plainText).build()), schema(users(customText).build())));
  }

  @Test
  void diff_namespace_createdBeforeAndDroppedAfterItsTable() {
    Table t = plain("app", "t").build();
    Schema with = schema(List.of("app"), List.of(), t);
    assertDiff(
        Schema.EMPTY,
        with,
        List.of(new CreateNamespace("app"), new CreateTable(t)),
        List.of(new DropTable(t), new DropNamespace("app")));
  }

  @Test
  void diff_sequence_createdDroppedAndAltered() {
    Sequence s = new Sequence("", "users_seq", 1, 50);
    Sequence s2 = new Sequence("", "users_seq", 100, 1);
    assertDiff(
        Schema.EMPTY,
        schema(List.of(), List.of(s)),
        List.of(new CreateSequence(s)),
        List.of(new DropSequence(s)));
    assertDiff(
        schema(List.of(), List.of(s)),
        schema(List.of(), List.of(s2)),
        List.of(new AlterSequence(s, s2)),
        List.of(new AlterSequence(s2, s)));
  }

  @Test
  void diff_table_createdWithIndexesAndForeignKeysAfter() {
    Table users = users(col("email", "text")).index("idx_email", "email").build();
    Table orders = DiffFixtures.referencing("orders", "users").build();
    TableName ordersName = orders.tableName();
    assertDiff(
        Schema.EMPTY,
        schema(users, orders),
        List.of(
            new CreateTable(users),
            new CreateTable(orders),
            new CreateIndex(USERS, users.indexes().get(0)),
            new AddForeignKey(ordersName, orders.foreignKeys().get(0))),
        List.of(new DropTable(orders), new DropTable(users)));
  }

  @Test
  void diff_column_addedAndDropped() {
    Column email = col("email", "varchar(255)");
    assertDiff(
        schema(users().build()),
        schema(users(email).build()),
        List.of(new AddColumn(USERS, email)),
        List.of(new DropColumn(USERS, email)));
  }

  @Test
  void diff_type_changed() {
    Column small = col("name", "varchar(100)");
    Column large = col("name", "varchar(255)");
    assertDiff(
        schema(users(small).build()),
        schema(users(large).build()),
        List.of(new AlterColumnType(USERS, small, large)),
        List.of(new AlterColumnType(USERS, large, small)));
  }

  @Test
  void diff_typeChangedWithDefault_dropsDefaultFirstAndSetsItAfter() {
    Column before = col("n", "integer").withDefault("0");
    Column after = col("n", "bigint").withDefault("1");
    Column bare = col("n", "integer");
    assertDiff(
        schema(users(before).build()),
        schema(users(after).build()),
        List.of(
            new AlterColumnDefault(USERS, before, bare),
            new AlterColumnType(USERS, bare, col("n", "bigint")),
            new AlterColumnDefault(USERS, col("n", "bigint"), after)),
        List.of(
            new AlterColumnDefault(USERS, after, col("n", "bigint")),
            new AlterColumnType(USERS, col("n", "bigint"), bare),
            new AlterColumnDefault(USERS, bare, before)));
  }

  @Test
  void diff_nullability_changed() {
    Column nullable = col("email", "text");
    Column required = notNull("email", "text");
    assertDiff(
        schema(users(nullable).build()),
        schema(users(required).build()),
        List.of(new AlterColumnNullability(USERS, nullable, required)),
        List.of(new AlterColumnNullability(USERS, required, nullable)));
  }

  @Test
  void diff_default_setChangedAndDropped() {
    Column none = col("active", "boolean");
    Column yes = none.withDefault("true");
    Column no = none.withDefault("false");
    assertDiff(
        schema(users(none).build()),
        schema(users(yes).build()),
        List.of(new AlterColumnDefault(USERS, none, yes)),
        List.of(new AlterColumnDefault(USERS, yes, none)));
    assertEquals(
        List.of(new AlterColumnDefault(USERS, yes, no)),
        SchemaDiffer.diff(schema(users(yes).build()), schema(users(no).build())));
  }

  @Test
  void diff_identity_addedAfterDefaultAndNotNull_droppedBeforeThem() {
    Column plainColumn = col("seq", "bigint").withDefault("0");
    Column ident = identity("seq", "bigint");
    Column noDefault = col("seq", "bigint");
    Column notNullColumn = notNull("seq", "bigint");
    Column unidentified = ident.withIdentity(false);
    assertDiff(
        schema(users(plainColumn).build()),
        schema(users(ident).build()),
        List.of(
            new AlterColumnDefault(USERS, plainColumn, noDefault),
            new AlterColumnNullability(USERS, noDefault, notNullColumn),
            new AlterColumnIdentity(USERS, notNullColumn, ident)),
        List.of(
            new AlterColumnIdentity(USERS, ident, unidentified),
            new AlterColumnDefault(USERS, unidentified, unidentified.withDefault("0")),
            new AlterColumnNullability(USERS, unidentified.withDefault("0"), plainColumn)));
  }

  @Test
  void diff_primaryKey_addedDroppedAndChanged() {
    Table none = plain("t").build().withPrimaryKey(null);
    Table keyed = plain("t").build();
    PrimaryKey pk = keyed.primaryKey();
    TableName t = keyed.tableName();
    assertDiff(
        schema(none),
        schema(keyed),
        List.of(new AddPrimaryKey(t, pk)),
        List.of(new DropPrimaryKey(t, pk)));
  }

  @Test
  void diff_columnLeavesPrimaryKeyAndBecomesNullable_dropKeyAlterAddKey() {
    Table before =
        dev.keel.schema.testing.TableBuilder.table("t")
            .columns(notNull("a", "integer"), notNull("b", "integer"))
            .primaryKey("a", "b")
            .build();
    Table after =
        dev.keel.schema.testing.TableBuilder.table("t")
            .columns(notNull("a", "integer"), col("b", "bigint"))
            .primaryKey("a")
            .build();
    TableName t = before.tableName();
    assertDiff(
        schema(before),
        schema(after),
        List.of(
            new DropPrimaryKey(t, before.primaryKey()),
            new AlterColumnType(t, notNull("b", "integer"), notNull("b", "bigint")),
            new AlterColumnNullability(t, notNull("b", "bigint"), col("b", "bigint")),
            new AddPrimaryKey(t, after.primaryKey())),
        List.of(
            new DropPrimaryKey(t, after.primaryKey()),
            new AlterColumnType(t, col("b", "bigint"), col("b", "integer")),
            new AlterColumnNullability(t, col("b", "integer"), notNull("b", "integer")),
            new AddPrimaryKey(t, before.primaryKey())));
  }

  @Test
  void diff_unique_addedDroppedAndChanged() {
    Table none = users(col("a", "text"), col("b", "text")).build();
    Table one = users(col("a", "text"), col("b", "text")).namedUnique("uk", "a").build();
    Table two = users(col("a", "text"), col("b", "text")).namedUnique("uk", "a", "b").build();
    UniqueConstraint uk1 = one.uniqueConstraints().get(0);
    UniqueConstraint uk2 = two.uniqueConstraints().get(0);
    assertDiff(
        schema(none),
        schema(one),
        List.of(new AddUniqueConstraint(USERS, uk1)),
        List.of(new DropUniqueConstraint(USERS, uk1)));
    assertEquals(
        List.of(new DropUniqueConstraint(USERS, uk1), new AddUniqueConstraint(USERS, uk2)),
        SchemaDiffer.diff(schema(one), schema(two)));
  }

  @Test
  void diff_index_addedDroppedAndChanged_ascIsDefault() {
    Table none = users(col("a", "text")).build();
    Table asc = users(col("a", "text")).index("ix", "a").build();
    Table explicitAsc = users(col("a", "text")).index("ix", "A ASC").build();
    Table desc = users(col("a", "text")).index("ix", "a desc").build();
    Index ix = asc.indexes().get(0);
    assertDiff(
        schema(none),
        schema(asc),
        List.of(new CreateIndex(USERS, ix)),
        List.of(new DropIndex(USERS, ix)));
    assertEquals(List.of(), SchemaDiffer.diff(schema(asc), schema(explicitAsc)));
    assertEquals(
        List.of(new DropIndex(USERS, ix), new CreateIndex(USERS, desc.indexes().get(0))),
        SchemaDiffer.diff(schema(asc), schema(desc)));
  }

  @Test
  void diff_check_addedDroppedChanged_columnAttributeIgnored() {
    Column a = col("a", "integer");
    Table none = users(a).build();
    Table check = users(a).check("a", "(a > 0)").build();
    Table other = users(a).check("a", "(a > 1)").build();
    CheckConstraint c = check.checks().get(0);
    assertDiff(
        schema(none),
        schema(check),
        List.of(new AddCheck(USERS, c)),
        List.of(new DropCheck(USERS, c)));
    assertEquals(
        List.of(new DropCheck(USERS, c), new AddCheck(USERS, other.checks().get(0))),
        SchemaDiffer.diff(schema(check), schema(other)));
    Table tableLevel = users(a).namedCheck(c.name(), null, c.expression()).build();
    assertEquals(List.of(), SchemaDiffer.diff(schema(check), schema(tableLevel)));
  }

  @Test
  void diff_checkOnRetypedColumn_droppedBeforeAndAddedAfter() {
    Table before = users(col("c", "varchar(255)")).check("c", "(c in ('A','B'))").build();
    Table after = users(col("c", "text")).check("c", "(c in ('A','B'))").build();
    CheckConstraint check = before.checks().get(0);
    assertEquals(
        List.of(
            new DropCheck(USERS, check),
            new AlterColumnType(USERS, col("c", "varchar(255)"), col("c", "text")),
            new AddCheck(USERS, check)),
        SchemaDiffer.diff(schema(before), schema(after)));
  }

  @Test
  void diff_tableLevelCheckMentioningRetypedColumn_droppedAndAdded() {
    Table before =
        users(col("a", "integer"), col("b", "integer")).namedCheck("ck", null, "A < \"b\"").build();
    Table after =
        users(col("a", "integer"), col("b", "bigint")).namedCheck("ck", null, "A < \"b\"").build();
    List<SchemaChange> diff = SchemaDiffer.diff(schema(before), schema(after));
    assertEquals(
        List.of(DropCheck.class, AlterColumnType.class, AddCheck.class),
        diff.stream().map(Object::getClass).toList());
  }
}
