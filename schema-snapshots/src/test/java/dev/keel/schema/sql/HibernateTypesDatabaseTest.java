package dev.keel.schema.sql;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Column;
import dev.keel.schema.ColumnTypes;
import dev.keel.schema.Schema;
import dev.keel.schema.testing.Catalog;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every type Hibernate writes creates the column type {@link ColumnTypes#formatType} predicts. */
class HibernateTypesDatabaseTest {

  /** Hibernate's type strings (fact sheet §2) and what {@code format_type} writes back. */
  static Map<String, String> types() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("varchar(255)", "character varying(255)");
    types.put("varchar(10485760)", "character varying(10485760)");
    types.put("text", "text");
    types.put("char(1)", "character(1)");
    types.put("boolean", "boolean");
    types.put("smallint", "smallint");
    types.put("integer", "integer");
    types.put("bigint", "bigint");
    types.put("float4", "real");
    types.put("float(53)", "double precision");
    types.put("float(34)", "double precision");
    types.put("numeric(38,2)", "numeric(38,2)");
    types.put("numeric(38,0)", "numeric(38,0)");
    types.put("numeric(21,0)", "numeric(21,0)");
    types.put("uuid", "uuid");
    types.put("bytea", "bytea");
    types.put("oid", "oid");
    types.put("date", "date");
    types.put("time(0)", "time(0) without time zone");
    types.put("time(6)", "time(6) without time zone");
    types.put("timestamp(6)", "timestamp(6) without time zone");
    types.put("timestamp(3)", "timestamp(3) without time zone");
    types.put("timestamp(6) with time zone", "timestamp(6) with time zone");
    types.put("timestamp(0) with time zone", "timestamp(0) with time zone");
    types.put("jsonb", "jsonb");
    return types;
  }

  @Test
  void formatType_predictsCatalog() {
    types().forEach((type, expected) -> assertEquals(expected, ColumnTypes.formatType(type), type));
  }

  @Test
  void hibernateTypes_createExpectedFormatType() throws Exception {
    List<Column> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int i = 0;
    for (String type : types().keySet()) {
      names.add("c" + i);
      columns.add(col("c" + i++, type));
    }
    Schema schema =
        new Schema(
            List.of(),
            List.of(),
            List.of(table("types").columns(columns.toArray(Column[]::new)).build()));
    try (TestDatabase db = TestPostgres.createDatabase("types")) {
      Databases.apply(db, PostgresDdl.createAll(schema));
      Catalog.Table actual = Databases.read(db).table("public", "types").orElseThrow();
      i = 0;
      for (Map.Entry<String, String> type : types().entrySet()) {
        assertEquals(
            type.getValue(),
            actual.column(names.get(i++)).orElseThrow().type(),
            "format_type of " + type.getKey());
      }
    }
  }
}
