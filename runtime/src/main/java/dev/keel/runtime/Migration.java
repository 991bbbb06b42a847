package dev.keel.runtime;

import java.sql.SQLException;

/**
 * One schema migration: the statements that take the database from one version to the next ({@link
 * #up}) and back ({@link #down}).
 *
 * <p>Keel's processor generates implementations from entity changes; developers write others by
 * hand ({@code Cli new <Name>}). Either way the class lives in the module's migrations folder, is
 * named {@code V<version>__<Name>} (version zero-padded so that files sort by version), carries
 * {@link KeelMigration}, and is listed, with the checksum of its source, in the migration index the
 * processor writes. The runtime finds migrations through that index only.
 */
public interface Migration {

  /** Applies this migration. Statements run through {@code db}, in order. */
  void up(MigrationContext db) throws SQLException;

  /** Undoes {@link #up}: after it the schema is exactly what it was before {@code up}. */
  void down(MigrationContext db) throws SQLException;

  /**
   * Whether this migration and its history row run in one transaction (the default). A migration
   * with a statement PostgreSQL refuses inside a transaction, such as {@code CREATE INDEX
   * CONCURRENTLY}, returns {@code false}; it then runs statement by statement in autocommit mode,
   * and history records that it did. Its history row is written after its last statement, so if it
   * fails (or the process dies) half-way, the statements before stay committed and the next run
   * starts it again from the first: write them so that they can be repeated ({@code IF NOT
   * EXISTS}), and drop the {@code INVALID} index a failed {@code CREATE INDEX CONCURRENTLY} leaves.
   */
  default boolean transactional() {
    return true;
  }
}
