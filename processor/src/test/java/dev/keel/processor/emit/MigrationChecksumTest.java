package dev.keel.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationChecksumTest {

  private static final String SOURCE =
      MigrationWriter.write(
          new NewMigration(
              "db.migration",
              3,
              "AddEmailToUsers",
              "aaaaaaaaaaaaaaaa",
              "bbbbbbbbbbbbbbbb",
              List.of(
                  "alter table users add column email varchar(255)",
                  "create table audit (id bigint not null, action varchar(255), primary key (id))"),
              List.of("drop table audit", "alter table users drop column email"),
              true));

  @Test
  void generatedMigration_recordsTheChecksumOfItsOwnBody() {
    String recorded =
        MigrationSources.annotationValues(JavaTokens.tokenize(SOURCE)).get("checksum");
    assertEquals(MigrationChecksum.of(SOURCE), recorded);
  }

  @Test
  void lineEndingsAndIndentation_doNotCount() {
    String windows = SOURCE.replace("\n", "\r\n");
    String reindented = SOURCE.replace("  ", "    ").replace("(\n", "(");
    assertEquals(MigrationChecksum.of(SOURCE), MigrationChecksum.of(windows));
    assertEquals(MigrationChecksum.of(SOURCE), MigrationChecksum.of(reindented));
  }

  @Test
  void commentsAndAnnotations_doNotCount() {
    String commented =
        SOURCE
            .replace("public void up", "// applies it\n  public void up")
            .replace("@Generated(\"dev.keel.processor.KeelProcessor\")", "/* edited */");
    assertEquals(MigrationChecksum.of(SOURCE), MigrationChecksum.of(commented));
  }

  @Test
  void rewrappedStatement_doesNotCount() {
    String split =
        SOURCE.replace(
            "\"alter table users add column email varchar(255)\"",
            "\"alter table users \"\n        + \"add column email   varchar(255)\"");
    assertEquals(MigrationChecksum.of(SOURCE), MigrationChecksum.of(split));
  }

  @Test
  void textBlock_countsAsTheSameStatement() {
    String block =
        SOURCE.replace(
            "\"alter table users add column email varchar(255)\"",
            "\"\"\"\n        alter table users\n        add column email varchar(255)\"\"\"");
    assertEquals(MigrationChecksum.of(SOURCE), MigrationChecksum.of(block));
  }

  @Test
  void editedStatement_changesTheChecksum() {
    String edited = SOURCE.replace("varchar(255)\")", "varchar(320)\")");
    assertNotEquals(MigrationChecksum.of(SOURCE), MigrationChecksum.of(edited));
  }

  @Test
  void addedStatement_changesTheChecksum() {
    String edited =
        SOURCE.replace(
            "db.execute(\"drop table audit\");",
            "db.execute(\"drop table audit\");\n    db.execute(\"select 1\");");
    assertNotEquals(MigrationChecksum.of(SOURCE), MigrationChecksum.of(edited));
  }
}
