package dev.keel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.schema.testing.TestDataSource;
import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keel borrows pooled connections and hands them back as it found them. */
class SessionStateTest {

  private TestDatabase db;
  private final List<Connection> physical = new ArrayList<>();

  @BeforeEach
  void createDatabase() throws SQLException {
    db = TestPostgres.createDatabase("session");
    for (int i = 0; i < 2; i++) {
      Connection c = db.connect();
      // as a pool configured with autoCommit=false hands them out
      c.setAutoCommit(false);
      physical.add(c);
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    for (Connection c : physical) {
      c.close();
    }
    db.close();
  }

  @Test
  void run_withSchemaOnPooledConnections_restoresEverySessionSetting() throws SQLException {
    List<String> before = settings();

    MigrationResult result =
        Migrator.builder(new TwoConnectionPool(physical))
            .indexResource(Fixtures.index("basic"))
            .schema("app")
            .build()
            .run();

    assertEquals(4, result.steps().size());
    assertEquals(before, settings());
    assertEquals(
        List.of("\"$user\", public | 0 | false", "\"$user\", public | 0 | false"), settings());
  }

  @Test
  void revertAndStatus_onPooledConnections_restoreAutoCommit() throws SQLException {
    TwoConnectionPool pool = new TwoConnectionPool(physical);
    Migrator.builder(pool).indexResource(Fixtures.index("basic")).build().run();

    Migrator.builder(pool).indexResource(Fixtures.index("basic")).build().revert();
    Migrator.builder(pool).indexResource(Fixtures.index("basic")).build().status();

    for (Connection c : physical) {
      assertFalse(c.getAutoCommit());
    }
  }

  @Test
  void failedBlockOfANonTransactionalMigration_leavesNoAbortedTransactionOnThePooledConnection()
      throws SQLException {
    List<String> before = settings();

    assertThrows(
        MigrationException.class,
        () ->
            Migrator.builder(new TwoConnectionPool(physical))
                .indexResource(Fixtures.index("failing-block"))
                .schema("app")
                .build()
                .run());

    // a connection left inside the migration's aborted block would refuse every query
    assertEquals(before, settings());
  }

  @Test
  void errorInsideABlockOfANonTransactionalMigration_leavesNoOpenTransactionOnThePooledConnection()
      throws SQLException {
    assertThrows(
        MigrationException.class,
        () ->
            Migrator.builder(new TwoConnectionPool(physical))
                .indexResource(Fixtures.index("error-in-block"))
                .build()
                .run());

    // left open, the block's table would still be there, uncommitted, in the session that ran it
    for (Connection c : physical) {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select to_regclass('err_inside') is null")) {
        rs.next();
        assertTrue(rs.getBoolean(1));
      }
      c.rollback();
    }
  }

  /** For each connection: search_path, connection check interval, autocommit. */
  private List<String> settings() throws SQLException {
    List<String> out = new ArrayList<>();
    for (Connection c : physical) {
      boolean autoCommit = c.getAutoCommit();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select current_setting('search_path'),"
                      + " current_setting('client_connection_check_interval')")) {
        rs.next();
        out.add(rs.getString(1) + " | " + rs.getString(2) + " | " + autoCommit);
      }
      c.rollback();
    }
    return out;
  }

  /** Hands out two physical connections; close() gives one back instead of closing it. */
  private static final class TwoConnectionPool extends TestDataSource {
    private final Deque<Connection> idle;

    TwoConnectionPool(List<Connection> connections) {
      this.idle = new ArrayDeque<>(connections);
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
      Connection real = idle.poll();
      if (real == null) {
        throw new SQLException("pool exhausted");
      }
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  synchronized (this) {
                    idle.push(real);
                  }
                  return null;
                }
                try {
                  return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }
}
