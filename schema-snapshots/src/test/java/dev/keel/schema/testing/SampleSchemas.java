package dev.keel.schema.testing;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.identity;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;

import dev.keel.schema.Column;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import java.util.List;

/** Schemas shared by several tests. */
public final class SampleSchemas {

  private SampleSchemas() {}

  /**
   * A schema with one of everything the model holds: a namespace, sequences in both schemas,
   * identity and sequence ids, defaults, a custom type, named and unnamed unique constraints and
   * checks, indexes with a sort order, a composite key, foreign keys in a cycle and to a unique
   * key, and a quoted name.
   */
  public static Schema library() {
    return new Schema(
        List.of("app"),
        List.of(new Sequence("", "Author_SEQ", 1, 50), new Sequence("app", "loan_seq", 100, 1)),
        List.of(author(), book(), loan()));
  }

  private static Table author() {
    return table("Author")
        .columns(
            notNull("id", "bigint"),
            col("name", "varchar(255)"),
            col("penName", "varchar(255)"),
            col("favourite_id", "bigint"))
        .primaryKey("id")
        .unique("penName")
        .foreignKey("FKfavourite", List.of("favourite_id"), "Book", List.of("id"))
        .build();
  }

  private static Table book() {
    return table("Book")
        .columns(
            identity("id", "bigint"),
            notNull("title", "varchar(200)"),
            col("author_id", "bigint"),
            col("pen_name_ref", "varchar(255)"),
            col("color", "varchar(255)"),
            col("price", "numeric(38,2)"),
            new Column("published", "timestamp(6) with time zone", false, "now()", false, false),
            new Column("notes", "text", true, null, false, true),
            col("\"MixedCase\"", "integer"))
        .primaryKey("id")
        .namedUnique("uk_book_title", "title")
        .index("IDXbook_author", "author_id", "title desc")
        .foreignKey("FKauthor", List.of("author_id"), "Author", List.of("id"))
        .foreignKey("FKpen", List.of("pen_name_ref"), "Author", List.of("penName"))
        .check("color", "(color in ('RED','GREEN'))")
        .namedCheck("ck_price", null, "price >= 0")
        .build();
  }

  private static Table loan() {
    return table("app", "loan")
        .columns(
            notNull("book_id", "bigint"),
            notNull("line", "integer"),
            col("due", "date"),
            col("returned", "date"))
        .primaryKey("book_id", "line")
        .unique("book_id", "due")
        .tableCheck("returned is null or returned >= due")
        .foreignKey("FKloan_book", List.of("book_id"), "Book", List.of("id"))
        .build();
  }
}
