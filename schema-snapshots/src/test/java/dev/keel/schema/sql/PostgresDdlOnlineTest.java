package dev.keel.schema.sql;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.UniqueConstraint;
import dev.keel.schema.diff.AddCheck;
import dev.keel.schema.diff.AddColumn;
import dev.keel.schema.diff.AddForeignKey;
import dev.keel.schema.diff.AddPrimaryKey;
import dev.keel.schema.diff.AddUniqueConstraint;
import dev.keel.schema.diff.AlterColumnNullability;
import dev.keel.schema.diff.CreateIndex;
import dev.keel.schema.diff.CreateTable;
import dev.keel.schema.diff.DropIndex;
import dev.keel.schema.diff.SchemaChange;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.sql.Rendered.Group;
import dev.keel.schema.sql.Rendered.Statement;
import dev.keel.schema.testing.SampleSchemas;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact statements of each online form, where they apply, and how they group. */
class PostgresDdlOnlineTest {

  static final TableName USERS = new TableName("", "users");
  static final TableName APP_USERS = new TableName("app", "users");
  static final RenderOptions ONLINE = RenderOptions.DEFAULT.withOnline(true);

  static Statement tx(String sql) {
    return new Statement(sql, false);
  }

  static Statement conc(String sql) {
    return new Statement(sql, true);
  }

  static void assertOnline(List<Statement> expected, SchemaChange change) {
    assertEquals(expected, PostgresDdl.render(List.of(change), ONLINE).statements());
  }

  @Test
  void createAndDropIndex_concurrently() {
    Index ix = new Index("IDXtfcnefw226wrpa06oy4xlvuc5", List.of("colB desc", "colC"));
    assertOnline(
        List.of(
            conc(
                "create index concurrently IDXtfcnefw226wrpa06oy4xlvuc5 on app.users (colB desc, colC)")),
        new CreateIndex(APP_USERS, ix));
    assertOnline(
        List.of(conc("drop index concurrently app.IDXtfcnefw226wrpa06oy4xlvuc5")),
        new DropIndex(APP_USERS, ix));
  }

  @Test
  void foreignKey_notValidThenValidate() {
    ForeignKey fk =
        new ForeignKey("FKorders_users", List.of("user_id"), "", "users", List.of("id"));
    TableName orders = new TableName("", "orders");
    assertOnline(
        List.of(
            tx(
                "alter table orders add constraint FKorders_users foreign key (user_id) references"
                    + " users (id) not valid"),
            conc("alter table orders validate constraint FKorders_users")),
        new AddForeignKey(orders, fk));
  }

  @Test
  void check_notValidThenValidate() {
    CheckConstraint ck = new CheckConstraint("users_kind_check", "kind", "(kind in (1,2))");
    assertOnline(
        List.of(
            tx(
                "alter table users add constraint users_kind_check check ((kind in (1,2))) not valid"),
            conc("alter table users validate constraint users_kind_check")),
        new AddCheck(USERS, ck));
  }

  @Test
  void setNotNull_throughValidatedCheck_dropNotNullPlain() {
    Column nullable = col("email", "text");
    assertOnline(
        List.of(
            tx(
                "alter table app.users add constraint users_email_not_null_check check (email is"
                    + " not null) not valid"),
            conc("alter table app.users validate constraint users_email_not_null_check"),
            tx("alter table app.users alter column email set not null"),
            tx("alter table app.users drop constraint users_email_not_null_check")),
        new AlterColumnNullability(APP_USERS, nullable, nullable.withNullable(false)));
    assertOnline(
        List.of(tx("alter table app.users alter column email drop not null")),
        new AlterColumnNullability(APP_USERS, nullable.withNullable(false), nullable));
  }

  @Test
  void notNullCheckName_quotedWhereNeeded_cutTo63BytesKeepingTheLabel() {
    Column quoted = col("\"Email\"", "text");
    assertEquals(
        "\"Users_Email_not_null_check\"",
        OnlineForms.notNullCheckName(new TableName("", "\"Users\""), quoted));
    String longName = "a".repeat(60);
    String name = OnlineForms.notNullCheckName(new TableName("", longName), col(longName, "text"));
    assertEquals("a".repeat(24) + "_" + "a".repeat(23) + "_not_null_check", name);
    assertEquals(PostgresNames.MAX_NAME_BYTES, name.length());
  }

  @Test
  void uniqueAndPrimaryKey_indexBuiltConcurrentlyThenAttached() {
    assertOnline(
        List.of(
            conc("create unique index concurrently users_email_key on users (email)"),
            tx(
                "alter table users add constraint users_email_key unique using index"
                    + " users_email_key")),
        new AddUniqueConstraint(USERS, new UniqueConstraint("users_email_key", List.of("email"))));
    assertOnline(
        List.of(
            conc("create unique index concurrently users_pkey on app.users (id, line)"),
            tx(
                "alter table app.users add constraint users_pkey primary key using index users_pkey")),
        new AddPrimaryKey(APP_USERS, new PrimaryKey("users_pkey", List.of("id", "line"))));
  }

  @Test
  void tableCreatedByTheSameChanges_getsPlainStatements() {
    Table t =
        table("users")
            .columns(notNull("id", "bigint"), col("email", "text"))
            .primaryKey("id")
            .index("ix", "email")
            .build();
    Rendered rendered =
        PostgresDdl.render(
            List.of(new CreateTable(t), new CreateIndex(USERS, t.indexes().get(0))), ONLINE);
    assertEquals(
        List.of(
            tx("create table users (id bigint not null, email text, primary key (id))"),
            tx("create index ix on users (email)")),
        rendered.statements());
    assertEquals(false, rendered.hasConcurrent());
  }

  @Test
  void default_isTheOneStatementPerChangeOfRender() {
    Schema library = SampleSchemas.library();
    List<SchemaChange> create = SchemaDiffer.diff(Schema.EMPTY, library);
    assertEquals(
        PostgresDdl.render(create), PostgresDdl.render(create, RenderOptions.DEFAULT).sql());
    for (MigrationPairs.Pair pair : MigrationPairs.all()) {
      List<SchemaChange> up = SchemaDiffer.diff(pair.a(), pair.b());
      Rendered rendered = PostgresDdl.render(up, RenderOptions.DEFAULT);
      assertEquals(PostgresDdl.render(up), rendered.sql(), pair.name());
      assertEquals(false, rendered.hasConcurrent(), pair.name());
    }
  }

  @Test
  void lockTimeout_opensEveryTransactionalRun_groupsSplitWhereConcurrencyChanges() {
    Column email = col("email", "text");
    List<SchemaChange> changes =
        List.of(
            new AddColumn(USERS, email),
            new AlterColumnNullability(USERS, email, email.withNullable(false)),
            new CreateIndex(USERS, new Index("ix_email", List.of("email"))));
    Rendered rendered =
        PostgresDdl.render(changes, ONLINE.withLockTimeout(Duration.ofMillis(1500)));
    String timeout = "set local lock_timeout = '1500ms'";
    assertEquals(
        List.of(
            new Group(
                false,
                List.of(
                    timeout,
                    "alter table users add column email text",
                    "alter table users add constraint users_email_not_null_check check (email is"
                        + " not null) not valid")),
            new Group(
                true, List.of("alter table users validate constraint users_email_not_null_check")),
            new Group(
                false,
                List.of(
                    timeout,
                    "alter table users alter column email set not null",
                    "alter table users drop constraint users_email_not_null_check")),
            new Group(true, List.of("create index concurrently ix_email on users (email)"))),
        rendered.groups());
    assertEquals(
        List.of("set local lock_timeout = '5s'", "alter table users add column email text"),
        PostgresDdl.render(
                changes.subList(0, 1), RenderOptions.DEFAULT.withLockTimeout(Duration.ofSeconds(5)))
            .sql());
    assertThrows(
        IllegalArgumentException.class, () -> RenderOptions.DEFAULT.withLockTimeout(Duration.ZERO));
  }
}
