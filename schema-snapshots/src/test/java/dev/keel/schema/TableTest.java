package dev.keel.schema;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The canonical column order of a table. */
class TableTest {

  private static final List<Column> COLUMNS =
      List.of(
          col("flag", "boolean"),
          col("small", "smallint"),
          col("id", "bigint"),
          col("ratio", "float(53)"),
          col("amount", "numeric(38,2)"),
          col("code", "char(2)"),
          col("name", "varchar(255)"),
          col("title", "varchar(100)"),
          col("body", "varchar(5000)"),
          col("notes", "text"),
          col("Upper", "integer"),
          col("uuid", "uuid"),
          col("custom", "numeric(2147483648,2)"));

  @Test
  void constructor_columnsInAnyOrder_sortedInHibernatesOrder() {
    List<String> names =
        table("t").columns(COLUMNS.toArray(Column[]::new)).build().columns().stream()
            .map(Column::name)
            .toList();
    assertEquals(
        List.of(
            "Upper", "amount", "code", "flag", "ratio", "small", "id", "uuid", "title", "body",
            "name", "custom", "notes"),
        names);
  }

  @Test
  void columnOrder_shuffledColumns_sortsAsTheConstructorDoes() {
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<Column> shuffled = new ArrayList<>(COLUMNS);
      Collections.shuffle(shuffled, random);
      List<Column> sorted = shuffled.stream().sorted(Table.columnOrder()).toList();
      assertEquals(table("t").columns(shuffled.toArray(Column[]::new)).build().columns(), sorted);
    }
  }
}
