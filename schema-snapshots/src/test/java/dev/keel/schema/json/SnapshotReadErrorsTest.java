package dev.keel.schema.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every way {@link SnapshotCodec#read} rejects a file, with its kind, line and message. */
class SnapshotReadErrorsTest {

  private static final String VALID_TABLE =
      "{\n"
          + "  \"formatVersion\": 1,\n"
          + "  \"tables\": [\n"
          + "    {\n"
          + "      \"name\": \"t\",\n"
          + "      \"columns\": [\n"
          + "        {\n"
          + "          \"name\": \"a\",\n"
          + "          \"type\": \"integer\"\n"
          + "        }\n"
          + "      ]\n"
          + "    }\n"
          + "  ]\n"
          + "}\n";

  static SnapshotFormatException reject(String text) {
    return assertThrows(
        SnapshotFormatException.class,
        () -> SnapshotCodec.read(text.getBytes(StandardCharsets.UTF_8)));
  }

  static void assertProblem(
      SnapshotFormatException e, SnapshotFormatException.Kind kind, int line, String problem) {
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(line == 0 ? OptionalInt.empty() : OptionalInt.of(line), e.line(), e.getMessage());
    assertEquals(problem, e.problem());
    assertEquals(e.problem() + " " + e.fix(), e.getMessage());
    assertTrue(e.fix().endsWith("."), "the fix is one sentence: " + e.fix());
  }

  @Test
  void read_validTable_isAccepted() throws Exception {
    assertEquals(
        1, SnapshotCodec.read(VALID_TABLE.getBytes(StandardCharsets.UTF_8)).tables().size());
  }

  @Test
  void read_mergeConflictMarkers_rejectedWithMarkerLine() {
    String conflicted =
        "{\n  \"formatVersion\": 1,\n<<<<<<< HEAD\n  \"tables\": []\n=======\n  \"namespaces\":"
            + " []\n>>>>>>> feature\n}\n";
    assertProblem(
        reject(conflicted),
        SnapshotFormatException.Kind.MERGE_CONFLICT,
        3,
        "The snapshot has a git merge-conflict marker at line 3.");
  }

  @Test
  void read_separatorMarkerOnly_rejectedAsConflict() {
    SnapshotFormatException e = reject("{\n  \"formatVersion\": 1\n=======\n}\n");
    assertEquals(SnapshotFormatException.Kind.MERGE_CONFLICT, e.kind());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void read_markerTextInsideAValue_isNotAConflict() throws Exception {
    String json = "{\"formatVersion\": 1, \"namespaces\": [\"<<<<<<< x\"]}";
    assertEquals(1, SnapshotCodec.read(json.getBytes(StandardCharsets.UTF_8)).namespaces().size());
  }

  @Test
  void read_invalidJson_rejectedWithLine() {
    SnapshotFormatException e = reject("{\n  \"formatVersion\": 1,\n  \"tables\": [\n}\n");
    assertEquals(SnapshotFormatException.Kind.NOT_JSON, e.kind());
    assertEquals(OptionalInt.of(4), e.line());
    assertTrue(e.problem().startsWith("The snapshot is not valid JSON at line 4: "), e.problem());
  }

  @Test
  void read_emptyFile_rejectedAsNotJson() {
    assertProblem(reject(""), SnapshotFormatException.Kind.NOT_JSON, 0, "The snapshot is empty.");
  }

  @Test
  void read_trailingContent_rejectedAsNotJson() {
    assertEquals(SnapshotFormatException.Kind.NOT_JSON, reject("{\"formatVersion\": 1} {}").kind());
  }

  @Test
  void read_duplicateMember_rejectedAsNotJson() {
    SnapshotFormatException e = reject("{\n\"formatVersion\": 1,\n\"formatVersion\": 1\n}");
    assertEquals(SnapshotFormatException.Kind.NOT_JSON, e.kind());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void read_notAnObject_rejectedAsNotJson() {
    assertProblem(
        reject("[1, 2]"),
        SnapshotFormatException.Kind.NOT_JSON,
        1,
        "The snapshot is JSON but not a JSON object.");
  }

  @Test
  void read_unknownFormatVersion_rejectedWithLine() {
    assertProblem(
        reject("{\n  \"formatVersion\": 2,\n  \"tables\": {\"not\": \"checked\"}\n}\n"),
        SnapshotFormatException.Kind.UNKNOWN_FORMAT_VERSION,
        2,
        "The snapshot has format version 2 at line 2, but this version of Keel reads only format"
            + " version 1.");
  }

  @Test
  void read_formatVersionBeyondLong_rejectedAsUnknownVersion() {
    // 2^64 + 1: its low 64 bits read as 1.
    assertProblem(
        reject("{\"formatVersion\": 18446744073709551617}"),
        SnapshotFormatException.Kind.UNKNOWN_FORMAT_VERSION,
        1,
        "The snapshot has format version 18446744073709551617 at line 1, but this version of Keel"
            + " reads only format version 1.");
  }

  @Test
  void read_formatVersionBeyondInt_rejectedAsUnknownVersion() {
    // 2^32 + 1: its low 32 bits read as 1.
    assertEquals(
        SnapshotFormatException.Kind.UNKNOWN_FORMAT_VERSION,
        reject("{\"formatVersion\": 4294967297}").kind());
  }

  @Test
  void read_formatVersionAsString_rejectedAsUnknownVersion() {
    assertEquals(
        SnapshotFormatException.Kind.UNKNOWN_FORMAT_VERSION,
        reject("{\"formatVersion\": \"1\"}").kind());
  }

  @Test
  void read_missingFormatVersion_rejectedAsUnknownVersion() {
    assertProblem(
        reject("{\"tables\": []}"),
        SnapshotFormatException.Kind.UNKNOWN_FORMAT_VERSION,
        1,
        "The snapshot has no 'formatVersion', so it was not written by Keel.");
  }

  @Test
  void read_missingColumnType_rejectedAtColumn() {
    String text = VALID_TABLE.replace(",\n          \"type\": \"integer\"", "");
    assertProblem(
        reject(text),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        7,
        "The snapshot is not a valid schema at line 7: in table 't', column 'a', member 'type'"
            + " is missing.");
  }

  @Test
  void read_unknownMember_rejectedAtMember() {
    String text = VALID_TABLE.replace("\"name\": \"t\",", "\"name\": \"t\", \"colour\": 1,");
    assertProblem(
        reject(text),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        5,
        "The snapshot is not a valid schema at line 5: in the snapshot, member 'colour' is not"
            + " part of the format.");
  }

  @Test
  void read_wrongMemberType_rejectedAtMember() {
    String text = VALID_TABLE.replace("\"type\": \"integer\"", "\"type\": 4");
    assertProblem(
        reject(text),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        9,
        "The snapshot is not a valid schema at line 9: in table 't', column 'a', member 'type'"
            + " must be a string.");
  }

  @Test
  void read_tableWithoutColumns_rejected() {
    assertEquals(
        SnapshotFormatException.Kind.INVALID_CONTENT,
        reject("{\"formatVersion\": 1, \"tables\": [{\"name\": \"t\"}]}").kind());
  }

  @Test
  void read_sequenceWithFractionalStart_rejected() {
    SnapshotFormatException e =
        reject(
            "{\"formatVersion\": 1, \"sequences\": [{\"name\": \"s\", \"start\": 1.5,"
                + " \"increment\": 1}]}");
    assertEquals(SnapshotFormatException.Kind.INVALID_CONTENT, e.kind());
    assertTrue(e.problem().contains("member 'start' must be a whole number"), e.problem());
  }

  @Test
  void read_modelRuleBroken_rejectedWithModelMessage() {
    String text =
        VALID_TABLE.replace(
            "      ]\n    }",
            "      ],\n      \"primaryKey\": {\"name\": \"t_pkey\", \"columns\": [\"a\"]}\n    }");
    assertProblem(
        reject(text),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        4,
        "The snapshot is not a valid schema at line 4: in table 't': Table 't' has nullable"
            + " primary key column 'a', but PostgreSQL makes key columns not null.");
  }

  @Test
  void read_blankNamespace_rejectedAtRoot() {
    assertProblem(
        reject("{\n  \"formatVersion\": 1,\n  \"namespaces\": [\"\"]\n}\n"),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        1,
        "The snapshot is not a valid schema at line 1: in the snapshot: A namespace in the list has"
            + " no name.");
  }

  @Test
  void read_blankDefault_rejectedAtColumn() {
    String text = VALID_TABLE.replace("\"integer\"", "\"integer\",\n\"defaultValue\": \"\"");
    assertProblem(
        reject(text),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        7,
        "The snapshot is not a valid schema at line 7: in table 't', column 'a': Column 'a' has an"
            + " empty default expression; a column without a default has none.");
  }

  @Test
  void read_blankReferencedColumn_rejectedAtForeignKey() {
    String text =
        VALID_TABLE.replace(
            "      ]\n    }",
            "      ],\n      \"foreignKeys\": [{\"name\": \"f\", \"columns\": [\"a\"],"
                + " \"referencedTable\": \"t\", \"referencedColumns\": [\"\"]}]\n    }");
    assertProblem(
        reject(text),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        12,
        "The snapshot is not a valid schema at line 12: in table 't', foreign key 'f': Foreign key"
            + " 'f' references a column without a name.");
  }

  @Test
  void read_sequenceIncrementZero_rejectedAtSequence() {
    assertProblem(
        reject(
            "{\n  \"formatVersion\": 1,\n  \"sequences\": [\n    {\"name\": \"s\", \"start\": 1,"
                + " \"increment\": 0}\n  ]\n}\n"),
        SnapshotFormatException.Kind.INVALID_CONTENT,
        4,
        "The snapshot is not a valid schema at line 4: in sequence 's': Sequence 's' has"
            + " increment 0, which PostgreSQL does not allow.");
  }

  @Test
  void read_tableInUnlistedNamespace_rejectedAtRoot() {
    SnapshotFormatException e =
        reject(
            "{\"formatVersion\": 1, \"tables\": [{\"schema\": \"app\", \"name\": \"t\","
                + " \"columns\": []}]}");
    assertEquals(SnapshotFormatException.Kind.INVALID_CONTENT, e.kind());
    assertTrue(
        e.problem().endsWith("Table 'app.t' is in schema 'app', which the namespaces do not list."),
        e.problem());
  }
}
