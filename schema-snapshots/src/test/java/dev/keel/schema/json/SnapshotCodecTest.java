package dev.keel.schema.json;

import static dev.keel.schema.testing.TableBuilder.col;
import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.testing.SampleSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

  static byte[] golden() throws IOException {
    try (InputStream in = SnapshotCodecTest.class.getResourceAsStream("/snapshots/library.json")) {
      return in.readAllBytes();
    }
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void write_sampleSchema_equalsGoldenFile() throws IOException {
    assertEquals(text(golden()), text(SnapshotCodec.write(SampleSchemas.library())));
  }

  @Test
  void read_goldenFile_givesSampleSchema() throws Exception {
    assertEquals(SampleSchemas.library(), SnapshotCodec.read(golden()));
  }

  @Test
  void writeAfterRead_goldenFile_isByteEqual() throws Exception {
    byte[] bytes = golden();
    assertArrayEquals(bytes, SnapshotCodec.write(SnapshotCodec.read(bytes)));
  }

  @Test
  void write_emptySchema_isFormatVersionOnly() {
    assertEquals("{\n  \"formatVersion\": 1\n}\n", text(SnapshotCodec.write(Schema.EMPTY)));
  }

  @Test
  void hash_emptySchema_isFixed() {
    assertEquals("1fe9d6e3dbb25864", SnapshotCodec.hash(Schema.EMPTY));
  }

  @Test
  void hash_isFirst16HexDigitsOfSha256() throws Exception {
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(SnapshotCodec.write(SampleSchemas.library()));
    String hex = java.util.HexFormat.of().formatHex(digest);
    assertEquals(hex.substring(0, 16), SnapshotCodec.hash(SampleSchemas.library()));
  }

  @Test
  void hash_differentSchemas_differ() {
    Schema one = schemaOf(table("t").columns(col("a", "integer")).build());
    Schema two = schemaOf(table("t").columns(col("a", "bigint")).build());
    assertNotEquals(SnapshotCodec.hash(one), SnapshotCodec.hash(two));
  }

  @Test
  void hashOfBytes_canonicalFile_equalsHashOfItsSchema() throws IOException {
    assertEquals(SnapshotCodec.hash(SampleSchemas.library()), SnapshotCodec.hashOfBytes(golden()));
  }

  @Test
  void hashOfBytes_reformattedFile_differs() throws IOException {
    byte[] reformatted = text(golden()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    assertNotEquals(
        SnapshotCodec.hash(SampleSchemas.library()), SnapshotCodec.hashOfBytes(reformatted));
  }

  @Test
  void write_columnsGivenInAnyOrder_sameBytes() {
    Column a = col("a", "varchar(20)");
    Column b = notNull("b", "bigint");
    Column c = col("c", "boolean");
    Schema one = schemaOf(table("t").columns(a, b, c).build());
    Schema two = schemaOf(table("t").columns(c, a, b).build());
    assertArrayEquals(SnapshotCodec.write(one), SnapshotCodec.write(two));
  }

  @Test
  void read_explicitDefaultsAndNulls_readAsOmitted() throws Exception {
    String json =
        "{\"formatVersion\": 1, \"namespaces\": [], \"sequences\": null, \"tables\": [{\"schema\":"
            + " \"\", \"name\": \"t\", \"columns\": [{\"name\": \"a\", \"type\": \"integer\","
            + " \"nullable\": true, \"defaultValue\": null, \"identity\": false, \"customType\":"
            + " false}], \"primaryKey\": null, \"uniqueConstraints\": [], \"checks\": [{\"name\":"
            + " \"t_check\", \"column\": null, \"expression\": \"a > 0\"}]}]}";
    Schema read = SnapshotCodec.read(json.getBytes(StandardCharsets.UTF_8));
    Schema expected =
        schemaOf(
            table("t").columns(col("a", "integer")).namedCheck("t_check", null, "a > 0").build());
    assertEquals(expected, read);
  }

  @Test
  void roundTrip_escapesAndNonAscii_keepText() throws Exception {
    Table t =
        table("\"Größe\"")
            .columns(
                col("\"Quoted \"\"name\"\"\"", "varchar(10)").withDefault("'a\\b\"c'"),
                col("tab", "text").withDefault("E'\\t' || chr(10)"))
            .build();
    Schema schema =
        new Schema(
            List.of(),
            List.of(),
            List.of(t.withChecks(List.of(new CheckConstraint("ck", null, "tab <> 'ü\n'")))));
    byte[] bytes = SnapshotCodec.write(schema);
    assertEquals(schema, SnapshotCodec.read(bytes));
    assertArrayEquals(bytes, SnapshotCodec.write(SnapshotCodec.read(bytes)));
    assertTrue(text(bytes).contains("Größe"), "non-ASCII is written as UTF-8, not escaped");
    assertTrue(text(bytes).contains("'ü\\n'"), "a newline inside a string is escaped");
  }

  @Test
  void write_endsWithNewlineAndHasNoCarriageReturnOrTab() {
    String text = text(SnapshotCodec.write(SampleSchemas.library()));
    assertTrue(text.endsWith("}\n"));
    assertTrue(!text.contains("\r") && !text.contains("\t"));
  }

  static Schema schemaOf(Table... tables) {
    return new Schema(List.of(), List.of(), List.of(tables));
  }
}
