package dev.keel.schema.safety;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.identity;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Column;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.diff.AddColumn;
import dev.keel.schema.diff.AlterColumnNullability;
import dev.keel.schema.diff.AlterColumnType;
import dev.keel.schema.diff.DiffHints;
import dev.keel.schema.diff.DropColumn;
import dev.keel.schema.diff.DropTable;
import dev.keel.schema.diff.SchemaChange;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.safety.Finding.Category;
import dev.keel.schema.safety.Finding.Kind;
import dev.keel.schema.testing.TableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of finding, and where there is none. */
class SafetyCheckTest {

  static final TableName USERS = new TableName("", "users");

  static TableBuilder users(Column... columns) {
    return table("users").columns(notNull("id", "bigint")).columns(columns).primaryKey("id");
  }

  static Schema schema(Table... tables) {
    return new Schema(List.of(), List.of(), List.of(tables));
  }

  static List<Finding> check(Schema from, Schema to) {
    return SafetyCheck.check(from, SchemaDiffer.diff(from, to));
  }

  static List<Kind> kinds(Schema from, Schema to) {
    return check(from, to).stream().map(Finding::kind).toList();
  }

  @Test
  void dropTable_destructive_andPossibleRenameWhenANewTableHasTheSameColumns() {
    Table users = users(col("email", "text")).build();
    Table customers =
        table("customers")
            .columns(notNull("ID", "int8"), col("email", "text"))
            .primaryKey("id")
            .build();
    DropTable drop = new DropTable(users);
    assertEquals(
        List.of(
            new Finding(Kind.DROP_TABLE, USERS, null, drop, null, null),
            new Finding(Kind.POSSIBLE_RENAME, USERS, null, drop, "users", "customers")),
        check(schema(users), schema(customers)));
    assertEquals(List.of(Kind.DROP_TABLE), kinds(schema(users), Schema.EMPTY));
  }

  @Test
  void dropColumn_destructive_andPossibleRenameForEachAddedColumnOfTheSameType() {
    Column mail = col("mail", "varchar(255)");
    Column email = col("email", "character varying(255)");
    Column other = col("other", "text");
    DropColumn drop = new DropColumn(USERS, mail);
    List<Finding> findings =
        check(schema(users(mail).build()), schema(users(email, other).build()));
    assertEquals(
        List.of(
            new Finding(Kind.DROP_COLUMN, USERS, "mail", drop, "varchar(255)", null),
            new Finding(Kind.POSSIBLE_RENAME, USERS, "mail", drop, "mail", "email")),
        findings);
    assertEquals("users.mail", findings.get(1).elementKey());
    assertEquals(Category.AMBIGUOUS, findings.get(1).kind().category());
  }

  @Test
  void hintedRename_findsNothing() {
    Schema from = schema(users(col("mail", "text")).build());
    Schema to =
        schema(
            table("customers")
                .columns(notNull("id", "bigint"), col("email", "text"))
                .primaryKey("id")
                .build());
    DiffHints hints =
        DiffHints.NONE.renameTable("users", "customers").renameColumn("customers", "mail", "email");
    assertEquals(List.of(), SafetyCheck.check(from, SchemaDiffer.diff(from, to, hints)));
  }

  @Test
  void narrowingTypeChange_destructive_withOldAndNewType_rewriteToo() {
    Column wide = col("name", "varchar(255)");
    Column narrow = col("name", "varchar(100)");
    AlterColumnType change = new AlterColumnType(USERS, wide, narrow);
    assertEquals(
        List.of(
            new Finding(Kind.NARROW_TYPE, USERS, "name", change, "varchar(255)", "varchar(100)"),
            new Finding(
                Kind.REWRITES_TABLE, USERS, "name", change, "varchar(255)", "varchar(100)")),
        check(schema(users(wide).build()), schema(users(narrow).build())));
  }

  @Test
  void safeWidening_noFinding_orOnlyARewrite() {
    assertEquals(
        List.of(),
        kinds(
            schema(users(col("n", "varchar(100)")).build()),
            schema(users(col("n", "text")).build())));
    assertEquals(
        List.of(),
        kinds(
            schema(users(col("n", "numeric(10,2)")).build()),
            schema(users(col("n", "numeric(12,2)")).build())));
    assertEquals(
        List.of(),
        kinds(
            schema(users(col("n", "float(53)")).build()),
            schema(users(col("n", "float8")).build())));
    assertEquals(
        List.of(Kind.REWRITES_TABLE),
        kinds(
            schema(users(col("n", "integer")).build()), schema(users(col("n", "bigint")).build())));
  }

  @Test
  void setNotNullWithoutDefault_destructiveAndScans_withDefaultOnlyScans() {
    Column nullable = col("email", "text");
    Column required = notNull("email", "text");
    AlterColumnNullability change = new AlterColumnNullability(USERS, nullable, required);
    assertEquals(
        List.of(
            new Finding(Kind.SET_NOT_NULL_WITHOUT_DEFAULT, USERS, "email", change, null, null),
            new Finding(Kind.SET_NOT_NULL_SCANS, USERS, "email", change, null, null)),
        check(schema(users(nullable).build()), schema(users(required).build())));
    assertEquals(
        List.of(Kind.SET_NOT_NULL_SCANS),
        kinds(
            schema(users(nullable.withDefault("'x'")).build()),
            schema(users(required.withDefault("'x'")).build())));
  }

  @Test
  void addNotNullColumnWithoutDefault_destructive_withDefaultOrIdentityNot() {
    Column required = notNull("email", "text");
    assertEquals(
        List.of(
            new Finding(
                Kind.SET_NOT_NULL_WITHOUT_DEFAULT,
                USERS,
                "email",
                new AddColumn(USERS, required),
                null,
                null)),
        check(schema(users().build()), schema(users(required).build())));
    assertEquals(
        List.of(),
        kinds(schema(users().build()), schema(users(required.withDefault("''")).build())));
  }

  @Test
  void addColumnWithIdentityOrVolatileDefault_rewrites_stableDefaultDoesNot() {
    Column seq = identity("seq", "bigint");
    assertEquals(
        List.of(
            new Finding(
                Kind.REWRITES_TABLE,
                USERS,
                "seq",
                new AddColumn(USERS, seq),
                null,
                "bigint generated by default as identity")),
        check(schema(users().build()), schema(users(seq).build())));
    assertEquals(
        List.of(Kind.REWRITES_TABLE),
        kinds(
            schema(users().build()),
            schema(users(col("u", "uuid").withDefault("gen_random_uuid()")).build())));
    assertEquals(
        List.of(),
        kinds(
            schema(users().build()),
            schema(users(col("at", "timestamp(6)").withDefault("now()")).build())));
  }

  /** users with an index, a foreign key, a check and a unique constraint. */
  static Table constrained(String name) {
    return table(name)
        .columns(notNull("id", "bigint"), col("parent_id", "bigint"), col("code", "text"))
        .primaryKey("id")
        .unique("code")
        .check("code", "(code <> '')")
        .index("IDX" + name, "code")
        .foreignKey("FK" + name, List.of("parent_id"), name, List.of("id"))
        .build();
  }

  @Test
  void constraintsAndIndexesOnExistingTable_warnWithTheirNames() {
    Table bare =
        table("users")
            .columns(notNull("id", "bigint"), col("parent_id", "bigint"), col("code", "text"))
            .build();
    List<Finding> findings = check(schema(bare), schema(constrained("users")));
    assertEquals(
        List.of(
            "ADD_PRIMARY_KEY users_pkey",
            "UNIQUE_WITHOUT_INDEX_FIRST users_code_key",
            "CHECK_WITHOUT_NOT_VALID users_code_check",
            "INDEX_WITHOUT_CONCURRENTLY IDXusers",
            "FOREIGN_KEY_WITHOUT_NOT_VALID FKusers"),
        findings.stream().map(f -> f.kind() + " " + f.after()).toList());
    findings.forEach(f -> assertEquals(Category.LOCKING, f.kind().category()));
    findings.forEach(f -> assertEquals(true, f.kind().avoidedByOnlineForms()));
  }

  @Test
  void newTable_noLockingFinding_evenAfterATableRename() {
    assertEquals(List.of(), kinds(Schema.EMPTY, schema(constrained("users"))));
    Table before =
        table("users")
            .columns(notNull("id", "bigint"), col("parent_id", "bigint"), col("code", "text"))
            .primaryKey("id")
            .build();
    Table after =
        table("customers")
            .columns(notNull("id", "bigint"), col("parent_id", "bigint"), col("code", "text"))
            .primaryKey("id")
            .index("IDXcustomers", "code")
            .build();
    Schema from = schema(before);
    Schema to = schema(after);
    List<SchemaChange> changes =
        SchemaDiffer.diff(from, to, DiffHints.NONE.renameTable("users", "customers"));
    assertEquals(
        List.of(Kind.INDEX_WITHOUT_CONCURRENTLY),
        SafetyCheck.check(from, changes).stream().map(Finding::kind).toList());
  }

  @Test
  void categories_destructiveKindsStopAmbiguousAskLockingWarn() {
    assertEquals(Category.DESTRUCTIVE, Kind.DROP_TABLE.category());
    assertEquals(Category.DESTRUCTIVE, Kind.NARROW_TYPE.category());
    assertEquals(Category.LOCKING, Kind.REWRITES_TABLE.category());
    assertEquals(false, Kind.REWRITES_TABLE.avoidedByOnlineForms());
  }
}
