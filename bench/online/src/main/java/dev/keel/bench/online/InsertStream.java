package dev.keel.bench.online;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A writer thread that inserts one row into {@code items} every interval, each in its own
 * transaction with a generous statement timeout, and records when each insert was due and when it
 * finished. An insert that waits for a lock finishes late; the next one is due at the next free
 * slot, so a stall shows as the lateness of the insert that waited.
 */
final class InsertStream implements AutoCloseable {

  /** One insert: when it was due and when it finished, in {@link System#nanoTime()}. */
  record Sample(long due, long done) {}

  private static final String INSERT =
      "insert into items (id, parent_id, email, kind, code) values (?, ?, ?, ?, ?)";

  private final Connection connection;
  private final long intervalNanos;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile SQLException failure;
  private long nextId;

  InsertStream(Connection connection, long firstId, long intervalNanos) {
    this.connection = connection;
    this.intervalNanos = intervalNanos;
    this.nextId = firstId;
    this.thread = new Thread(this::run, "keel-bench-writer");
  }

  void start() {
    thread.start();
  }

  private void run() {
    try (Statement setup = connection.createStatement();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      setup.execute("set statement_timeout = '120s'");
      long due = System.nanoTime();
      while (running) {
        long now = System.nanoTime();
        if (now < due) {
          LockSupport.parkNanos(due - now);
        }
        insertOne(insert);
        long done = System.nanoTime();
        synchronized (samples) {
          samples.add(new Sample(due, done));
        }
        due = Math.max(due + intervalNanos, done);
      }
    } catch (SQLException e) {
      failure = e;
    }
  }

  private void insertOne(PreparedStatement insert) throws SQLException {
    long id = nextId++;
    insert.setLong(1, id);
    insert.setLong(2, id % 1000 + 1);
    insert.setString(3, "writer" + id + "@example.com");
    insert.setInt(4, (int) (id % 10));
    insert.setString(5, "w" + id);
    insert.executeUpdate();
  }

  /**
   * The longest lateness, in milliseconds, of the inserts that were under way at some time between
   * {@code from} and {@code to}; waits until an insert due after {@code to} has finished, so that
   * one held up until {@code to} counts.
   */
  double maxStallMillis(long from, long to) throws SQLException, InterruptedException {
    while (lastDue() <= to) {
      if (failure != null) {
        throw failure;
      }
      Thread.sleep(5);
    }
    long worst = 0;
    synchronized (samples) {
      for (Sample s : samples) {
        if (s.done() >= from && s.due() <= to) {
          worst = Math.max(worst, s.done() - s.due());
        }
      }
    }
    return worst / 1_000_000.0;
  }

  /** How many inserts finished. */
  int count() {
    synchronized (samples) {
      return samples.size();
    }
  }

  private long lastDue() {
    synchronized (samples) {
      return samples.isEmpty() ? Long.MIN_VALUE : samples.get(samples.size() - 1).due();
    }
  }

  @Override
  public void close() throws InterruptedException, SQLException {
    running = false;
    thread.join();
    if (failure != null) {
      throw failure;
    }
  }
}
