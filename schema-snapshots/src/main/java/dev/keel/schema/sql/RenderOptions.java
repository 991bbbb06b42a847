package dev.keel.schema.sql;

import java.time.Duration;

/**
 * How {@link PostgresDdl#render(java.util.List, RenderOptions)} writes statements.
 *
 * @param online whether to use the online form of each change to a table that exists before the
 *     changes run (one not created by them): the forms that hold no lock blocking writes while they
 *     scan or build, at the price of statements that run outside the migration's transaction (see
 *     {@link Rendered.Statement#concurrent()} and {@code docs/safety.md})
 * @param lockTimeout when not null, each run of transactional statements starts with {@code set
 *     local lock_timeout = '…'}, so that a statement waiting for its lock behind a long transaction
 *     fails after this long instead of queueing every later reader and writer of the table behind
 *     itself; concurrent statements get none (while they wait they block no reader or writer, and a
 *     {@code create index concurrently} that gives up leaves an invalid index behind)
 */
public record RenderOptions(boolean online, Duration lockTimeout) {

  /**
   * Plain statements and no lock timeout: the output of {@link PostgresDdl#render(java.util.List)}.
   */
  public static final RenderOptions DEFAULT = new RenderOptions(false, null);

  /** Checks that a lock timeout, if any, is at least one millisecond. */
  public RenderOptions {
    if (lockTimeout != null && lockTimeout.toMillis() < 1) {
      throw new IllegalArgumentException(
          "A lock timeout must be at least 1 ms, not " + lockTimeout + ".");
    }
  }

  /** These options with the online forms on or off. */
  public RenderOptions withOnline(boolean value) {
    return new RenderOptions(value, lockTimeout);
  }

  /** These options with another lock timeout (null for none). */
  public RenderOptions withLockTimeout(Duration value) {
    return new RenderOptions(online, value);
  }

  /** The lock timeout as PostgreSQL reads it: {@code 5s}, or {@code 1500ms}. */
  String lockTimeoutText() {
    long millis = lockTimeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
