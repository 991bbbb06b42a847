package dev.keel.schema;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keel.schema.testing.TableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The consistency rules the model's constructors enforce. */
class ModelChecksTest {

  static void assertRejected(String message, Executable build) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
  }

  static TableBuilder ab() {
    return table("t").columns(notNull("a", "integer"), col("b", "integer"));
  }

  @Test
  void column_identityNullable_rejected() {
    assertRejected(
        "Identity column 'id' is nullable, but PostgreSQL makes it not null.",
        () -> new Column("id", "bigint", true, null, true, false));
  }

  @Test
  void column_identityWithDefault_rejected() {
    assertRejected(
        "Identity column 'id' has a default, which PostgreSQL does not allow.",
        () -> new Column("id", "bigint", false, "0", true, false));
  }

  @Test
  void column_blankDefault_rejected() {
    assertRejected(
        "Column 'a' has an empty default expression; a column without a default has none.",
        () -> col("a", "integer").withDefault(" "));
  }

  @Test
  void column_quotedEmptyName_rejected() {
    assertRejected("A name is missing.", () -> col("\"\"", "integer"));
  }

  @Test
  void sequence_incrementZero_rejected() {
    assertRejected(
        "Sequence 's' has increment 0, which PostgreSQL does not allow.",
        () -> new Sequence("", "s", 1, 0));
  }

  @Test
  void sequence_negativeIncrement_accepted() {
    assertEquals(-1, new Sequence("", "s", -1, -1).increment());
  }

  @Test
  void foreignKey_blankReferencedColumn_rejected() {
    assertRejected(
        "Foreign key 'f' references a column without a name.",
        () -> new ForeignKey("f", List.of("a"), "", "r", List.of("")));
    assertRejected(
        "Foreign key 'f' references a column without a name.",
        () -> new ForeignKey("f", List.of("a"), "", "r", List.of("\"\"")));
  }

  @Test
  void foreignKey_referencedColumnTwice_rejected() {
    assertRejected(
        "Foreign key 'f' references column 'ID' twice.",
        () -> new ForeignKey("f", List.of("a", "b"), "", "r", List.of("id", "ID")));
  }

  @Test
  void table_duplicateColumn_rejectedCanonically() {
    assertRejected(
        "Table 't' has two columns named 'a'.",
        () -> table("t").columns(col("a", "integer"), col("A", "bigint")).build());
  }

  @Test
  void table_constraintOnMissingColumn_rejected() {
    assertRejected(
        "Table 't', unique constraint 'u', names column 'c' the table lacks.",
        () -> ab().namedUnique("u", "c").build());
    assertRejected(
        "Table 't', index 'i', names column 'c' the table lacks.",
        () -> ab().index("i", "c desc").build());
    assertRejected(
        "Table 't', foreign key 'f', names column 'c' the table lacks.",
        () -> ab().foreignKey("f", List.of("c"), "r", List.of("id")).build());
    assertRejected(
        "Table 't', check 'k', names column 'c' it lacks.",
        () -> ab().namedCheck("k", "c", "c > 0").build());
  }

  @Test
  void table_nullablePrimaryKeyColumn_rejected() {
    assertRejected(
        "Table 't' has nullable primary key column 'b', but PostgreSQL makes key columns not null.",
        () -> ab().primaryKey("a", "b").build());
  }

  @Test
  void table_columnTwiceInKey_rejected() {
    assertRejected(
        "Table 't', primary key 't_pkey', names column 'A' twice.",
        () -> ab().primaryKey("a", "A").build());
  }

  @Test
  void table_uniqueRepeatingPrimaryKey_rejected() {
    assertRejected(
        "Table 't': unique constraint 't_a_key' repeats the columns of 't_pkey', which"
            + " PostgreSQL would merge into one.",
        () -> ab().primaryKey("a").unique("a").build());
  }

  @Test
  void table_uniqueOverSameColumnsInOtherOrder_accepted() {
    assertEquals(2, ab().unique("a", "b").unique("b", "a").build().uniqueConstraints().size());
  }

  @Test
  void table_constraintNameTwice_rejected() {
    assertRejected(
        "Table 't' uses the name 'x' twice.",
        () -> ab().namedUnique("x", "a").namedCheck("X", null, "a > b").build());
  }

  @Test
  void table_foreignKeyAndIndexSharingName_accepted() {
    Table t = ab().foreignKey("fk_a", List.of("a"), "r", List.of("id")).index("fk_a", "a").build();
    assertEquals(1, t.indexes().size());
  }

  @Test
  void schema_tableInUnlistedNamespace_rejected() {
    assertRejected(
        "Table 'app.t' is in schema 'app', which the namespaces do not list.",
        () -> new Schema(List.of(), List.of(), List.of(table("app", "t").build())));
  }

  @Test
  void schema_indexNamedLikeAnotherTable_rejected() {
    assertRejected(
        "Index 't' of table 'u' reuses the name 't', which a table, sequence or index of that schema"
            + " already has.",
        () ->
            new Schema(
                List.of(),
                List.of(),
                List.of(
                    ab().build(), table("u").columns(col("a", "int")).index("t", "a").build())));
  }

  @Test
  void schema_sameNameInOtherSchemas_accepted() {
    Schema s =
        new Schema(
            List.of("app"),
            List.of(new Sequence("app", "t", 1, 1)),
            List.of(table("t").build(), table("APP", "u").build()));
    assertEquals(2, s.tables().size());
  }

  @Test
  void schema_blankNamespace_rejected() {
    assertRejected(
        "A namespace in the list has no name.",
        () -> new Schema(List.of("app", ""), List.of(), List.of()));
  }

  @Test
  void schema_namespaceTwice_rejected() {
    assertRejected(
        "Namespace 'App' is listed twice.",
        () -> new Schema(List.of("app", "App"), List.of(), List.of()));
  }

  @Test
  void identifiers_asWritten_quotesOnlyWhatFoldingWouldChange() {
    assertEquals("users_pkey", Identifiers.asWritten("users_pkey"));
    assertEquals("\"User_pkey\"", Identifiers.asWritten("User_pkey"));
    assertEquals("\"1x\"", Identifiers.asWritten("1x"));
    assertEquals("\"a\"\"b\"", Identifiers.asWritten("a\"b"));
    assertEquals("User_pkey", Identifiers.canonical(Identifiers.asWritten("User_pkey")));
  }

  @Test
  void identifiers_canonicalList_foldsEachNameInOrder() {
    assertEquals(List.of("b", "A b", "c"), Identifiers.canonical(List.of("B", "\"A b\"", "c")));
  }

  @Test
  void indexColumns_readNameAndOrder() {
    assertEquals("colB", IndexColumns.name(" colB DESC "));
    assertEquals("colb desc", IndexColumns.canonical("colB DESC"));
    assertEquals("colb", IndexColumns.canonical("colB asc"));
    assertEquals("\"My Col\"", IndexColumns.name("\"My Col\" desc"));
    assertEquals("My Col desc", IndexColumns.canonical("\"My Col\" desc"));
  }

  @Test
  void identifiers_inExpression_skipsLiteralsAndReadsQuotedNames() {
    assertEquals(
        java.util.Set.of("a", "and", "in", "My Col", "x"),
        Identifiers.inExpression("a in ('b', 'it''s c') and \"My Col\" in ('x') and x"));
  }
}
