package dev.keel.bench.migrate;

import dev.keel.runtime.MigrationResult;
import dev.keel.runtime.Migrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** What is measured: the floor, Keel and Flyway, each doing the same job its own way. */
enum Contender {
  /** Connects and runs {@code select 1}; for applying, runs the statements over plain JDBC. */
  FLOOR,
  /** {@code Migrator.run(dataSource)}. */
  KEEL,
  /** {@code Flyway.configure().dataSource(..).locations(..).load().migrate()}. */
  FLYWAY;

  /** A lower-case label. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A run with nothing to apply (for the floor: connect and {@code select 1}).
   *
   * @param keelLoader where Keel finds its index (null: the default, the thread's loader)
   * @param flywayLocation Flyway's migrations folder
   */
  void noop(DataSource ds, ClassLoader keelLoader, Path flywayLocation) throws SQLException {
    int applied = apply(ds, keelLoader, flywayLocation, 0);
    if (applied != 0) {
      throw new IllegalStateException(label() + " applied " + applied + " on a no-op run");
    }
  }

  /** Applies pending migrations; returns how many it applied. */
  int apply(DataSource ds, ClassLoader keelLoader, Path flywayLocation, int floorStatements)
      throws SQLException {
    switch (this) {
      case FLOOR:
        return floor(ds, floorStatements);
      case KEEL:
        Migrator.Builder b = Migrator.builder(ds);
        if (keelLoader != null) {
          b.classLoader(keelLoader);
        }
        MigrationResult r = b.build().run();
        return r.steps().size();
      case FLYWAY:
        MigrateResult f =
            Flyway.configure()
                .dataSource(ds)
                .locations("filesystem:" + flywayLocation)
                .load()
                .migrate();
        return f.migrationsExecuted;
      default:
        throw new AssertionError(this);
    }
  }

  private static int floor(DataSource ds, int statements) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      if (statements == 0) {
        try (ResultSet rs = st.executeQuery("select 1")) {
          rs.next();
        }
        return 0;
      }
      c.setAutoCommit(false);
      for (int i = 1; i <= statements; i++) {
        st.execute(Workload.statement(i));
        c.commit();
      }
      return statements;
    }
  }
}
