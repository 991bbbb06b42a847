package dev.keel.bench.online;

import dev.keel.schema.sql.Rendered;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs rendered statements the way Keel's runtime runs a migration: each transactional group in one
 * transaction, each statement of a concurrent group on its own in autocommit mode.
 */
final class Runner {

  private Runner() {}

  static void run(Connection c, Rendered rendered) throws SQLException {
    for (Rendered.Group group : rendered.groups()) {
      c.setAutoCommit(group.concurrent());
      try (Statement st = c.createStatement()) {
        for (String sql : group.statements()) {
          st.execute(sql);
        }
      }
      if (!group.concurrent()) {
        c.commit();
      }
    }
    c.setAutoCommit(true);
  }
}
