package dev.keel.schema.sql;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.identity;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;

import dev.keel.schema.Column;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.testing.SampleSchemas;
import dev.keel.schema.testing.TableBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of schemas (a, b) that together cover every kind of change, for the tests that migrate a
 * database from a to b and back.
 */
final class MigrationPairs {

  /** A named pair. */
  record Pair(String name, Schema a, Schema b) {
    @Override
    public String toString() {
      return name;
    }
  }

  private MigrationPairs() {}

  static Schema tables(Table... tables) {
    return new Schema(List.of(), List.of(), List.of(tables));
  }

  static TableBuilder users(Column... extra) {
    return table("users").columns(notNull("id", "bigint")).columns(extra).primaryKey("id");
  }

  static TableBuilder child(String name, String parent, String type) {
    return table(name)
        .columns(notNull("id", "bigint"), col(parent + "_id", type))
        .primaryKey("id")
        .foreignKey("fk_" + name + "_" + parent, List.of(parent + "_id"), parent, List.of("id"));
  }

  static List<Pair> all() {
    List<Pair> pairs = new ArrayList<>();
    pairs.add(new Pair("whole sample schema", Schema.EMPTY, SampleSchemas.library()));
    pairs.add(tableChanges());
    pairs.add(columnChanges());
    pairs.add(typeChanges());
    pairs.add(nullabilityAndDefaultChanges());
    pairs.add(identityChanges());
    pairs.add(uniqueChanges());
    pairs.add(indexChanges());
    pairs.add(foreignKeyChanges());
    pairs.add(
        new Pair(
            "foreign keys in a cycle",
            tables(users().build()),
            tables(
                users().build(),
                child("husband", "wife", "bigint").build(),
                child("wife", "husband", "bigint").build())));
    pairs.add(checkChanges());
    pairs.add(sequenceChanges());
    pairs.add(namespaceChanges());
    pairs.add(primaryKeyChanges());
    pairs.add(referencedKeyChanges());
    pairs.add(referencedKeyReplaced());
    pairs.add(namesOnlyChanged());
    return pairs;
  }

  private static Pair tableChanges() {
    return new Pair(
        "table with identity and foreign key",
        tables(users().build()),
        tables(
            users().build(),
            table("orders")
                .columns(identity("id", "bigint"), col("users_id", "bigint"))
                .primaryKey("id")
                .foreignKey("fk_orders_users", List.of("users_id"), "users", List.of("id"))
                .build(),
            table("\"Order\"")
                .columns(notNull("id", "bigint"), col("\"Total\"", "numeric(10,2)"))
                .primaryKey("id")
                .unique("\"Total\"")
                .check("\"Total\"", "(\"Total\" >= 0)")
                .index("\"IDX_Total\"", "\"Total\" desc")
                .foreignKey("\"FK_Order\"", List.of("id"), "users", List.of("id"))
                .build()));
  }

  private static Pair columnChanges() {
    return new Pair(
        "columns added and dropped",
        tables(users(col("legacy", "text")).build()),
        tables(
            users(
                    col("email", "varchar(255)"),
                    notNull("active", "boolean").withDefault("true"),
                    col("created", "timestamp(6) with time zone").withDefault("now()"))
                .build()));
  }

  private static Pair nullabilityAndDefaultChanges() {
    return new Pair(
        "nullability and defaults",
        tables(
            users(
                    col("a", "text"),
                    notNull("b", "text"),
                    col("c", "integer"),
                    col("d", "integer").withDefault("1"),
                    col("e", "varchar(10)").withDefault("'x'"))
                .build()),
        tables(
            users(
                    notNull("a", "text"),
                    col("b", "text"),
                    col("c", "integer").withDefault("42"),
                    col("d", "integer").withDefault("2"),
                    col("e", "varchar(10)"))
                .build()));
  }

  private static Pair typeChanges() {
    return new Pair(
        "types, lengths and precisions",
        tables(
            users(
                    col("name", "varchar(100)"),
                    col("price", "numeric(10,2)"),
                    col("count", "integer"),
                    col("at", "timestamp(6)"),
                    col("code", "varchar(20)"),
                    col("letter", "char(1)"),
                    col("flag", "varchar(255)").withDefault("'A'"),
                    col("ratio", "float4"))
                .check("flag", "(flag in ('A','B'))")
                .build()),
        tables(
            users(
                    col("name", "varchar(255)"),
                    col("price", "numeric(12,4)"),
                    col("count", "bigint"),
                    col("at", "timestamp(3) with time zone"),
                    col("code", "integer"),
                    col("letter", "varchar(1)"),
                    col("flag", "text").withDefault("'A'"),
                    col("ratio", "float(53)"))
                .check("flag", "(flag in ('A','B'))")
                .build()));
  }

  private static Pair identityChanges() {
    return new Pair(
        "identity added, dropped and retyped",
        tables(
            users(
                    col("a", "bigint").withDefault("0"),
                    identity("b", "bigint"),
                    identity("c", "bigint"))
                .build()),
        tables(
            users(
                    identity("a", "bigint"),
                    col("b", "bigint").withDefault("7"),
                    identity("c", "integer"))
                .build()));
  }

  private static Pair uniqueChanges() {
    Column[] columns = {col("a", "text"), col("b", "text"), col("c", "text"), col("d", "text")};
    return new Pair(
        "unique constraints",
        tables(users(columns).unique("a").namedUnique("uk_cd", "c").build()),
        tables(
            users(columns)
                .unique("b")
                .unique("a", "b")
                .namedUnique("uk_named", "d")
                .namedUnique("uk_cd", "c", "d")
                .build()));
  }

  private static Pair indexChanges() {
    List<String> app = List.of("app");
    Table before =
        table("app", "events")
            .columns(notNull("id", "bigint"), col("kind", "text"), col("at", "timestamp(6)"))
            .primaryKey("id")
            .index("IDXkind", "kind")
            .index("IDXchanged", "kind")
            .build();
    Table after =
        table("app", "events")
            .columns(notNull("id", "bigint"), col("kind", "text"), col("at", "timestamp(6)"))
            .primaryKey("id")
            .index("IDXat", "at desc", "kind")
            .index("IDXchanged", "at")
            .build();
    return new Pair(
        "indexes",
        new Schema(app, List.of(), List.of(before)),
        new Schema(app, List.of(), List.of(after)));
  }

  private static Pair foreignKeyChanges() {
    Table enrollment =
        table("enrollment")
            .columns(notNull("course_id", "bigint"), notNull("student_id", "bigint"))
            .primaryKey("course_id", "student_id")
            .build();
    Table author = users(col("pen_name", "varchar(100)")).unique("pen_name").build();
    Table authorWider = users(col("pen_name", "varchar(200)")).unique("pen_name").build();
    TableBuilder note =
        table("note")
            .columns(
                notNull("id", "bigint"),
                col("course_id", "bigint"),
                col("student_id", "bigint"),
                col("pen", "varchar(100)"));
    Table noteBefore =
        note.primaryKey("id")
            .foreignKey("fk_note_pen", List.of("pen"), "users", List.of("pen_name"))
            .build();
    Table noteAfter =
        table("note")
            .columns(
                notNull("id", "bigint"),
                col("course_id", "bigint"),
                col("student_id", "bigint"),
                col("pen", "varchar(200)"))
            .primaryKey("id")
            .foreignKey(
                "fk_note_enrollment",
                List.of("course_id", "student_id"),
                "enrollment",
                List.of("course_id", "student_id"))
            .foreignKey("fk_note_pen", List.of("pen"), "users", List.of("pen_name"))
            .build();
    return new Pair(
        "composite foreign key and retyped referenced unique column",
        tables(author, enrollment, noteBefore),
        tables(authorWider, enrollment, noteAfter));
  }

  private static Pair checkChanges() {
    Column[] columns = {col("kind", "integer"), col("lo", "integer"), col("hi", "integer")};
    return new Pair(
        "check constraints",
        tables(
            users(columns)
                .check("kind", "(kind in (1,2))")
                .namedCheck("ck_range", null, "lo < hi")
                .build()),
        tables(
            users(columns)
                .check("lo", "(lo >= 0)")
                .tableCheck("lo <= hi")
                .namedCheck("ck_range", null, "lo < hi + 1")
                .namedCheck("ck_kind", "kind", "(kind between 0 and 3)")
                .namedCheck("users_hi_check", null, "hi < 100")
                .build()));
  }

  private static Pair sequenceChanges() {
    return new Pair(
        "sequences",
        new Schema(
            List.of(),
            List.of(new Sequence("", "old_seq", 1, 50), new Sequence("", "kept_seq", 1, 50)),
            List.of()),
        new Schema(
            List.of(),
            List.of(new Sequence("", "new_seq", 100, 1), new Sequence("", "kept_seq", 5, 1)),
            List.of()));
  }

  private static Pair namespaceChanges() {
    Table inApp =
        table("app", "things")
            .columns(identity("id", "bigint"), col("users_id", "bigint"))
            .primaryKey("id")
            .index("IDXthings_user", "users_id")
            .foreignKey("fk_things_users", List.of("users_id"), "users", List.of("id"))
            .build();
    return new Pair(
        "namespace with table, sequence, index and foreign key",
        tables(users().build()),
        new Schema(
            List.of("app"),
            List.of(new Sequence("app", "things_seq", 1, 50)),
            List.of(users().build(), inApp)));
  }

  private static Pair primaryKeyChanges() {
    return new Pair(
        "primary key loses a column that becomes nullable and retyped",
        tables(
            table("line")
                .columns(notNull("order_id", "bigint"), notNull("line_no", "integer"))
                .primaryKey("order_id", "line_no")
                .build()),
        tables(
            table("line")
                .columns(notNull("order_id", "bigint"), col("line_no", "bigint"))
                .namedPrimaryKey("pk_line", "order_id")
                .build()));
  }

  private static Pair referencedKeyChanges() {
    Table parent = users().build();
    Table parentRenamedKey =
        users().build().withPrimaryKey(new PrimaryKey("pk_users", List.of("id")));
    return new Pair(
        "referenced primary key renamed, referencing tables kept and dropped",
        tables(
            parent,
            child("kept", "users", "bigint").build(),
            child("gone", "users", "bigint").build()),
        tables(parentRenamedKey, child("kept", "users", "bigint").build()));
  }

  private static Pair referencedKeyReplaced() {
    Table parent = users(col("code", "text")).index("pk_users", "code").build();
    Table parentNewKey =
        users(col("code", "text"))
            .build()
            .withPrimaryKey(new PrimaryKey("pk_users", List.of("id")));
    return new Pair(
        "referenced primary key replaced because its new name is taken, referencing tables kept",
        tables(parent, child("kept", "users", "bigint").build()),
        tables(parentNewKey, child("kept", "users", "bigint").build()));
  }

  private static Pair namesOnlyChanged() {
    Column[] columns = {notNull("id", "bigint"), col("code", "text"), col("ref", "bigint")};
    Table before =
        table("app", "things")
            .columns(columns)
            .primaryKey("id")
            .namedUnique("uk_old", "code")
            .namedCheck("ck_old", "code", "(code <> '')")
            .index("ix_old", "ref desc")
            .foreignKey("fk_old", List.of("ref"), "app", "things", List.of("id"))
            .build();
    Table after =
        table("app", "things")
            .columns(columns)
            .namedPrimaryKey("pk_things", "id")
            .namedUnique("uk_new", "code")
            .namedCheck("ck_new", "code", "(code <> '')")
            .index("ix_new", "ref desc")
            .foreignKey("fk_new", List.of("ref"), "app", "things", List.of("id"))
            .build();
    return new Pair(
        "constraints, index and sequence renamed in another schema",
        new Schema(List.of("app"), List.of(new Sequence("app", "old_seq", 1, 50)), List.of(before)),
        new Schema(List.of("app"), List.of(new Sequence("app", "new_seq", 1, 50)), List.of(after)));
  }
}
