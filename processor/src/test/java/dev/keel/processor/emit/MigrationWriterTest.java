package dev.keel.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationWriterTest {

  @Test
  void thousandsOfStatements_areSplitIntoMethods_thatCompile() {
    List<String> up = new ArrayList<>();
    List<String> down = new ArrayList<>();
    for (int i = 0; i < 2 * MigrationWriter.STATEMENTS_PER_METHOD + 500; i++) {
      up.add("create table t" + i + " (id bigint not null, name varchar(255), primary key (id))");
      down.add("drop table t" + i);
    }
    String source =
        MigrationWriter.write(
            new NewMigration(
                "db.migration",
                1,
                "CreateManyTables",
                "a".repeat(16),
                "b".repeat(16),
                up,
                down,
                true));
    assertThat(source).contains("    up1(db);\n    up2(db);\n    up3(db);\n  }");
    assertThat(source).contains("private void up3(MigrationContext db) throws SQLException {");
    Compilation c =
        Compiler.javac()
            .compile(
                JavaFileObjects.forSourceString("db.migration.V0001__CreateManyTables", source));
    assertThat(c).succeeded();
  }

  @Test
  void ordinaryMigration_isOneMethodEach() {
    String source =
        MigrationWriter.write(
            new NewMigration(
                "db.migration",
                2,
                "AddEmailToUsers",
                "a".repeat(16),
                "b".repeat(16),
                List.of("alter table users add column email varchar(255)"),
                List.of("alter table users drop column email"),
                true));
    assertThat(source).doesNotContain("up1(");
    assertThat(source).contains("public void up(MigrationContext db) throws SQLException {");
  }
}
