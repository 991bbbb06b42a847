package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The migration lock: a PostgreSQL session-level advisory lock, on a connection of its own that is
 * in autocommit mode and never inside a transaction while it waits or holds.
 *
 * <p>Taken by polling {@code pg_try_advisory_lock}, never by a blocking call, so a wait has a
 * timeout and holds no transaction open. Because the holder's lock session is idle outside any
 * transaction, a {@code CREATE INDEX CONCURRENTLY} run on the migration connection, which waits for
 * every open transaction to end, never waits on it; a transaction-level lock would deadlock there.
 * PostgreSQL releases a session lock when its connection ends, so a killed holder leaves no lock
 * behind.
 */
public final class AdvisoryLock implements AutoCloseable {

  /** The high 32 bits of every Keel lock key: "KEEL" in ASCII. */
  public static final long KEY_CLASS = 0x4B45454CL;

  private static final long FIRST_POLL_MILLIS = 10;
  private static final long MAX_POLL_MILLIS = 250;
  private static final Duration LONGEST_WAIT = Duration.ofNanos(Long.MAX_VALUE);

  private final Session session;
  private final long key;

  private AdvisoryLock(Session session, long key) {
    this.session = session;
    this.key = key;
  }

  /**
   * The lock key for a history table: runs that share a history table share a lock.
   *
   * @param resolvedName the table's name with its schema, as {@link HistoryTable#resolvedName}
   *     gives it, so that naming the schema or leaving it to the search path makes no difference
   */
  public static long keyFor(String resolvedName) {
    return (KEY_CLASS << 32) | (resolvedName.hashCode() & 0xFFFFFFFFL);
  }

  /**
   * Waits for the lock until {@code timeout}, polling.
   *
   * @throws MigrationException with {@link Reason#LOCK_TIMEOUT} when another run holds it longer
   */
  public static AdvisoryLock acquire(DataSource dataSource, long key, Duration timeout)
      throws SQLException {
    Session session = Session.open(dataSource);
    try {
      session.prepare(null);
      long deadline = System.nanoTime() + nanos(timeout);
      long pause = FIRST_POLL_MILLIS;
      while (!tryLock(session.connection(), key)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw timedOut(session.connection(), key, timeout);
        }
        sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
        pause = Math.min(pause * 2, MAX_POLL_MILLIS);
      }
      AdvisoryLock lock = new AdvisoryLock(session, key);
      session = null;
      return lock;
    } finally {
      if (session != null) {
        session.close();
      }
    }
  }

  /**
   * {@code timeout} in nanoseconds; a longer one than a long holds (292 years, such as {@code
   * ChronoUnit.FOREVER}) waits that long, which is for ever.
   */
  static long nanos(Duration timeout) {
    return timeout.compareTo(LONGEST_WAIT) < 0 ? timeout.toNanos() : Long.MAX_VALUE;
  }

  /** Releases the lock and returns the connection; a connection that cannot unlock is ended. */
  @Override
  public void close() {
    Connection connection = session.connection();
    boolean released = false;
    try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        released = rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException | RuntimeException e) {
      released = false;
    } finally {
      if (!released) {
        // ending the session is the one sure way to release a session lock
        Sql.quietlyAbort(connection);
      }
      session.close();
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException(
          Reason.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock", e);
    }
  }

  private static MigrationException timedOut(Connection connection, long key, Duration timeout)
      throws SQLException {
    String holder = "another session";
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select a.pid, coalesce(a.application_name, ''), coalesce(a.client_addr::text, 'local'),"
                + " a.backend_start from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                + " where l.locktype = 'advisory' and l.granted and l.classid = ? and l.objid = ?"
                + " and l.objsubid = 1")) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          holder =
              "backend pid "
                  + rs.getInt(1)
                  + " (application '"
                  + rs.getString(2)
                  + "', client "
                  + rs.getString(3)
                  + ", connected since "
                  + rs.getString(4)
                  + ")";
        }
      }
    }
    return new MigrationException(
        Reason.LOCK_TIMEOUT,
        "Another Keel run has held the migration lock for more than "
            + timeout.toSeconds()
            + " s: "
            + holder
            + ". It is released when that run ends or its connection closes. If that run is stuck,"
            + " end it (select pg_terminate_backend(pid)), or raise the lock timeout.",
        null);
  }
}
