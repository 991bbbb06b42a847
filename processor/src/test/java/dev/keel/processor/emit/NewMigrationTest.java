package dev.keel.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.schema.sql.Rendered;
import dev.keel.schema.sql.Rendered.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewMigrationTest {

  private static Rendered rendered(Statement... statements) {
    return new Rendered(List.of(statements));
  }

  private static Statement plain(String sql) {
    return new Statement(sql, false);
  }

  private static Statement concurrent(String sql) {
    return new Statement(sql, true);
  }

  @Test
  void plainStatements_runInOneTransaction_asRendered() {
    NewMigration m =
        NewMigration.of(
            "db.migration",
            2,
            "AddAge",
            "aaaa",
            "bbbb",
            rendered(plain("set local lock_timeout = '5s'"), plain("alter table a add b int")),
            rendered(plain("alter table a drop column b")));
    assertTrue(m.transactional());
    assertEquals(List.of("set local lock_timeout = '5s'", "alter table a add b int"), m.up());
    assertEquals(List.of("alter table a drop column b"), m.down());
  }

  @Test
  void concurrentStatementInOneDirection_makesBothAutocommit_withTheRestInBlocks() {
    NewMigration m =
        NewMigration.of(
            "db.migration",
            2,
            "IndexA",
            "aaaa",
            "bbbb",
            rendered(
                plain("alter table a add b int"),
                concurrent("create index concurrently a_b on a (b)"),
                plain("alter table a add c int")),
            rendered(plain("alter table a drop column b")));
    assertFalse(m.transactional());
    assertEquals(
        List.of(
            "begin",
            "alter table a add b int",
            "commit",
            "create index concurrently a_b on a (b)",
            "begin",
            "alter table a add c int",
            "commit"),
        m.up());
    assertEquals(List.of("begin", "alter table a drop column b", "commit"), m.down());
  }

  @Test
  void described_isWhatTheMigrationsFolderReadsBack() {
    NewMigration m =
        NewMigration.of(
            "db.migration",
            3,
            "AddAge",
            "aaaa",
            "bbbb",
            rendered(plain("alter table a add b int")),
            rendered(plain("alter table a drop column b")));
    MigrationWriter.Written written = MigrationWriter.written(m);
    assertEquals(
        MigrationSources.parse("V0003__AddAge.java", "db.migration", written.source()),
        m.described(written.checksum()));
  }
}
