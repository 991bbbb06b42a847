package dev.keel.runtime;

import java.time.Instant;
import java.util.Optional;

/** One line of {@link Migrator#status()}: a migration known to the code, the history, or both. */
public final class MigrationStatus {

  /** Where a migration stands. */
  public enum State {
    /** Applied, and its checksum matches the code. */
    APPLIED,
    /** In the code, not applied, above the highest applied version. */
    PENDING,
    /**
     * In the code, not applied, below the highest applied version: applied only when out-of-order
     * migrations are allowed.
     */
    OUT_OF_ORDER,
    /** Applied, but the code's checksum differs from the one recorded when it ran. */
    CHANGED,
    /** Recorded as applied, but no longer in the code (not in any migration index). */
    MISSING,
    /** The baseline: the version at which Keel adopted a schema that already existed. */
    BASELINE,
    /** In the code at or below the baseline version: counted as applied by the baseline. */
    BELOW_BASELINE
  }

  /**
   * What the history table records about an applied migration.
   *
   * @param at when it was applied
   * @param by the database user that applied it
   * @param executionMillis how long it took
   * @param transactional whether it ran inside a transaction
   * @param checksum the checksum recorded when it ran (empty for a baseline)
   */
  public record Applied(
      Instant at, String by, long executionMillis, boolean transactional, String checksum) {}

  private final long version;
  private final String name;
  private final State state;
  private final String checksum;
  private final Applied applied;

  /**
   * Made by the runtime.
   *
   * @param checksum the checksum in the code, or null for a migration missing from the code
   * @param applied what history records, or null for a migration not applied
   */
  public MigrationStatus(long version, String name, State state, String checksum, Applied applied) {
    this.version = version;
    this.name = name;
    this.state = state;
    this.checksum = checksum;
    this.applied = applied;
  }

  /** The version. */
  public long version() {
    return version;
  }

  /** The name, from the code, else from history. */
  public String name() {
    return name;
  }

  /** Where the migration stands. */
  public State state() {
    return state;
  }

  /** The checksum in the code (the migration index); empty for a missing migration. */
  public Optional<String> checksum() {
    return Optional.ofNullable(checksum);
  }

  /** What history records, if the migration was applied. */
  public Optional<Applied> applied() {
    return Optional.ofNullable(applied);
  }

  @Override
  public String toString() {
    return version + " " + name + " " + state;
  }
}
