package dev.keel.schema.sql;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.diff.DiffHints;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.testing.Catalog;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hinted renames on PostgreSQL: rows survive {@code up} and {@code down} under the new and the old
 * names, the sequence keeps its value, and the catalog equals that of a fresh database built from
 * the target schema both ways. Accepted drops drop.
 */
class RenameDatabaseTest {

  /** users (mail, kind) and orders.user_id referencing it, every name derived from those. */
  static Schema before() {
    Table users =
        table("users")
            .columns(notNull("id", "bigint"), col("mail", "varchar(255)"), col("kind", "integer"))
            .primaryKey("id")
            .unique("mail")
            .check("kind", "(kind in (1,2))")
            .namedCheck("users_mail_check", "mail", "(mail like '%@%')")
            .index("IDXusers_kind", "kind desc")
            .build();
    Table orders =
        table("orders")
            .columns(notNull("id", "bigint"), col("user_id", "bigint"))
            .primaryKey("id")
            .index("IDXorders_user", "user_id")
            .foreignKey("FKorders_users", List.of("user_id"), "users", List.of("id"))
            .build();
    return new Schema(
        List.of(), List.of(new Sequence("", "users_seq", 1, 50)), List.of(users, orders));
  }

  /** The same after renaming users to customers, mail to email and user_id to customer_id. */
  static Schema after() {
    Table customers =
        table("customers")
            .columns(notNull("id", "bigint"), col("email", "varchar(255)"), col("kind", "integer"))
            .primaryKey("id")
            .unique("email")
            .check("kind", "(kind in (1,2))")
            .namedCheck("customers_email_check", "email", "(email like '%@%')")
            .index("IDXcustomers_kind", "kind desc")
            .build();
    Table orders =
        table("orders")
            .columns(notNull("id", "bigint"), col("customer_id", "bigint"))
            .primaryKey("id")
            .index("IDXorders_customer", "customer_id")
            .foreignKey("FKorders_customers", List.of("customer_id"), "customers", List.of("id"))
            .build();
    return new Schema(
        List.of(), List.of(new Sequence("", "customers_seq", 1, 50)), List.of(customers, orders));
  }

  static final DiffHints HINTS =
      DiffHints.NONE
          .renameTable("users", "customers")
          .renameColumn("customers", "mail", "email")
          .renameColumn("orders", "user_id", "customer_id");

  @Test
  void renameHints_keepRowsAndSequenceThroughUpAndDown_catalogAsFresh() throws Exception {
    Schema a = before();
    Schema b = after();
    try (TestDatabase db = TestPostgres.createDatabase("rename_keeps_rows");
        TestDatabase freshA = TestPostgres.createDatabase("rename_fresh_a");
        TestDatabase freshB = TestPostgres.createDatabase("rename_fresh_b")) {
      Databases.apply(freshA, PostgresDdl.createAll(a));
      Databases.apply(freshB, PostgresDdl.createAll(b));
      Databases.apply(db, PostgresDdl.createAll(a));
      db.execute(
          "select nextval('users_seq'), nextval('users_seq')",
          "insert into users (id, mail, kind) values (1, 'a@x', 1), (2, 'b@x', 2)",
          "insert into orders (id, user_id) values (10, 1), (11, 2), (12, null)");

      Databases.apply(db, PostgresDdl.render(SchemaDiffer.diff(a, b, HINTS)));
      assertEquals(
          List.of("1 a@x 1", "2 b@x 2"), rows(db, "select id, email, kind from customers"));
      assertEquals(
          List.of("10 1", "11 2", "12 null"), rows(db, "select id, customer_id from orders"));
      assertEquals(List.of("51"), rows(db, "select last_value from customers_seq"));
      assertEquals(List.of(), Databases.read(freshB).differences(Databases.read(db)), "up");

      Databases.apply(db, PostgresDdl.render(SchemaDiffer.diff(b, a, HINTS.inverse())));
      assertEquals(List.of("1 a@x 1", "2 b@x 2"), rows(db, "select id, mail, kind from users"));
      assertEquals(List.of("10 1", "11 2", "12 null"), rows(db, "select id, user_id from orders"));
      assertEquals(List.of("51"), rows(db, "select last_value from users_seq"));
      assertEquals(List.of(), Databases.read(freshA).differences(Databases.read(db)), "down");
    }
  }

  @Test
  void acceptedDrops_dropColumnAndTable_downRestoresTheStructureOnly() throws Exception {
    Schema a = before();
    Table usersWithoutKind =
        table("users")
            .columns(notNull("id", "bigint"), col("mail", "varchar(255)"))
            .primaryKey("id")
            .unique("mail")
            .namedCheck("users_mail_check", "mail", "(mail like '%@%')")
            .build();
    Schema b =
        new Schema(
            List.of(), List.of(new Sequence("", "users_seq", 1, 50)), List.of(usersWithoutKind));
    try (TestDatabase db = TestPostgres.createDatabase("accepted_drop")) {
      Databases.apply(db, PostgresDdl.createAll(a));
      Catalog catalogA = Databases.read(db);
      db.execute(
          "insert into users (id, mail, kind) values (1, 'a@x', 2)",
          "insert into orders (id, user_id) values (10, 1)");
      Databases.apply(db, PostgresDdl.render(SchemaDiffer.diff(a, b)));
      assertEquals(List.of("1 a@x"), rows(db, "select * from users"));
      assertEquals(
          List.of("users"),
          rows(
              db,
              "select table_name from information_schema.tables where table_schema = 'public'"));
      Databases.apply(db, PostgresDdl.render(SchemaDiffer.diff(b, a)));
      assertEquals(List.of("1 a@x null"), rows(db, "select id, mail, kind from users"));
      assertEquals(List.of(), rows(db, "select * from orders"));
      assertEquals(List.of(), catalogA.differences(Databases.read(db)));
    }
  }

  /** The rows of a query, sorted, each as its values joined by spaces. */
  static List<String> rows(TestDatabase db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int width = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          values.add(String.valueOf(rs.getString(i)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows.stream().sorted().toList();
  }
}
