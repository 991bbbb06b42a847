package dev.keel.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Column;
import dev.keel.schema.Index;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.diff.AddColumn;
import dev.keel.schema.diff.AlterColumnDefault;
import dev.keel.schema.diff.CreateIndex;
import dev.keel.schema.diff.CreateSequence;
import dev.keel.schema.diff.CreateTable;
import dev.keel.schema.diff.DropColumn;
import dev.keel.schema.diff.DropTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNamerTest {

  private static final TableName USERS = new TableName("", "users");
  private static final Column EMAIL = Column.of("email", "varchar(255)", true);
  private static final Column PICTURE = Column.of("profile_picture", "varchar(255)", true);

  private static Table table(String name) {
    return Table.of(
        name,
        List.of(Column.of("id", "bigint", false)),
        new PrimaryKey(name + "_pkey", List.of("id")));
  }

  @Test
  void oneNewTable_withItsSequenceAndIndex() {
    assertEquals(
        "CreateUsersTable",
        MigrationNamer.name(
            List.of(
                new CreateSequence(new Sequence("", "users_seq", 1, 50)),
                new CreateTable(table("users")),
                new CreateIndex(USERS, new Index("IDX1", List.of("id"))))));
  }

  @Test
  void severalNewTables() {
    assertEquals(
        "CreateOrdersAndOrderLineTables",
        MigrationNamer.name(
            List.of(new CreateTable(table("orders")), new CreateTable(table("order_line")))));
    assertEquals(
        "CreateAAnd2MoreTables",
        MigrationNamer.name(
            List.of(
                new CreateTable(table("a")),
                new CreateTable(table("b")),
                new CreateTable(table("c")))));
  }

  @Test
  void addedColumns() {
    assertEquals(
        "AddProfilePictureToUsers", MigrationNamer.name(List.of(new AddColumn(USERS, PICTURE))));
    assertEquals(
        "AddEmailAndProfilePictureToUsers",
        MigrationNamer.name(List.of(new AddColumn(USERS, EMAIL), new AddColumn(USERS, PICTURE))));
  }

  @Test
  void droppedAndAlteredColumns() {
    assertEquals("DropEmailFromUsers", MigrationNamer.name(List.of(new DropColumn(USERS, EMAIL))));
    assertEquals(
        "AlterEmailInUsers",
        MigrationNamer.name(
            List.of(new AlterColumnDefault(USERS, EMAIL, EMAIL.withDefault("'none'")))));
  }

  @Test
  void droppedTable_andMixedChanges() {
    assertEquals("DropLegacyTable", MigrationNamer.name(List.of(new DropTable(table("legacy")))));
    assertEquals(
        "CreateAuditAndUpdateUsers",
        MigrationNamer.name(
            List.of(new CreateTable(table("audit")), new AddColumn(USERS, PICTURE))));
    assertEquals(
        "UpdateUsers",
        MigrationNamer.name(List.of(new AddColumn(USERS, PICTURE), new DropColumn(USERS, EMAIL))));
  }

  @Test
  void renames() {
    assertEquals(
        "RenameUsersToCustomers",
        MigrationNamer.name(
            List.of(
                new dev.keel.schema.diff.RenameTable(USERS, new TableName("", "customers")),
                new dev.keel.schema.diff.RenameConstraint(
                    new TableName("", "customers"), "users_pkey", "customers_pkey"))));
    assertEquals(
        "RenameMailToEmailInUsers",
        MigrationNamer.name(
            List.of(new dev.keel.schema.diff.RenameColumn(USERS, "mail", "email"))));
  }

  @Test
  void quotedAndOddNames_becomeJavaIdentifiers() {
    assertEquals("User", MigrationNamer.camel("\"user\""));
    assertEquals("T2fa", MigrationNamer.camel("2fa"));
    assertEquals("BasicTypes", MigrationNamer.camel("BasicTypes"));
  }
}
