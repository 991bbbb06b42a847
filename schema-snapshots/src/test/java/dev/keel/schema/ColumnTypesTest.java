package dev.keel.schema;

import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reading the parts of a column type. */
class ColumnTypesTest {

  @Test
  void modifiers_numericPrecisionAndScale_read() {
    assertEquals("numeric", ColumnTypes.base("NUMERIC(38, 2)"));
    assertEquals(OptionalInt.of(38), ColumnTypes.firstModifier("numeric(38,2)"));
    assertEquals(OptionalInt.of(2), ColumnTypes.secondModifier("numeric(38,2)"));
  }

  @Test
  void modifiers_nineDigits_read() {
    assertEquals(OptionalInt.of(999_999_999), ColumnTypes.firstModifier("varchar(999999999)"));
  }

  @Test
  void modifiers_beyondInt_leftUnparsed() {
    String type = "numeric(2147483648,2)";
    assertEquals(OptionalInt.empty(), ColumnTypes.firstModifier(type));
    assertEquals(OptionalInt.empty(), ColumnTypes.secondModifier("numeric(10,99999999999)"));
    assertEquals(type, ColumnTypes.base(type));
    assertEquals(type, ColumnTypes.formatType(type));
    assertEquals(Integer.MAX_VALUE, ColumnTypes.orderWidth(type));
  }

  @Test
  void table_columnWithModifierBeyondInt_isBuilt() {
    Column wide = new Column("amount", "numeric(2147483648,2)", true, null, false, true);
    assertEquals(wide, table("t").columns(wide).build().columns().get(0));
  }
}
