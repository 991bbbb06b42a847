package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationStatus;
import dev.keel.runtime.MigrationStatus.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the migrations in the code with the history table's rows: decides each one's state, what
 * is pending, and which problems stop a run. A pure function of its inputs.
 */
public final class Planner {

  private final long target;
  private final boolean outOfOrder;
  private final String table;

  /**
   * @param target the highest version to plan for
   * @param outOfOrder whether pending migrations below the highest applied version are applied
   * @param table the history table's name, for the fixes in messages
   */
  public Planner(long target, boolean outOfOrder, String table) {
    this.target = target;
    this.outOfOrder = outOfOrder;
    this.table = table;
  }

  /**
   * The plan for {@code code} (sorted by version) against {@code history} (sorted by version): what
   * is pending and which problems there are, without the per-migration statuses (a run needs none,
   * and a start-up with nothing to do should do as little as it can).
   */
  public Plan plan(List<IndexEntry> code, List<AppliedMigration> history) {
    return plan(code, history, false);
  }

  /** {@link #plan}, with every migration's status; {@code history} must be read in full. */
  public Plan planWithStatuses(List<IndexEntry> code, List<AppliedMigration> history) {
    return plan(code, history, true);
  }

  private Plan plan(List<IndexEntry> code, List<AppliedMigration> history, boolean withStatuses) {
    Map<Long, AppliedMigration> applied = new HashMap<>();
    long baseline = 0;
    long highest = 0;
    for (AppliedMigration row : history) {
      applied.put(row.version(), row);
      highest = Math.max(highest, row.version());
      if (row.baseline()) {
        baseline = Math.max(baseline, row.version());
      }
    }
    List<MigrationStatus> statuses = new ArrayList<>();
    List<IndexEntry> pending = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<Long, Boolean> inCode = new HashMap<>();
    for (IndexEntry entry : code) {
      inCode.put(entry.version(), Boolean.TRUE);
      AppliedMigration row = applied.get(entry.version());
      State state = stateOf(entry, row, baseline, highest);
      if (withStatuses) {
        statuses.add(
            new MigrationStatus(entry.version(), entry.name(), state, entry.checksum(), from(row)));
      }
      if (state == State.CHANGED) {
        problems.add(changed(entry, row));
      } else if (state == State.OUT_OF_ORDER && !outOfOrder && entry.version() <= target) {
        problems.add(outOfOrder(entry, highest));
      } else if (isPending(state) && entry.version() <= target) {
        pending.add(entry);
      }
    }
    if (addMissing(history, inCode, withStatuses ? statuses : null, problems) && withStatuses) {
      statuses.sort((a, b) -> Long.compare(a.version(), b.version()));
    }
    return new Plan(statuses, pending, problems, highest);
  }

  private static State stateOf(
      IndexEntry entry, AppliedMigration row, long baseline, long highest) {
    if (row != null) {
      if (row.baseline()) {
        return State.BASELINE;
      }
      return row.checksum().equals(entry.checksum()) ? State.APPLIED : State.CHANGED;
    }
    if (entry.version() <= baseline) {
      return State.BELOW_BASELINE;
    }
    return entry.version() < highest ? State.OUT_OF_ORDER : State.PENDING;
  }

  private boolean isPending(State state) {
    return state == State.PENDING || (state == State.OUT_OF_ORDER && outOfOrder);
  }

  /** Adds the rows that no code lists (to {@code statuses} unless null); whether there were any. */
  private boolean addMissing(
      List<AppliedMigration> history,
      Map<Long, Boolean> inCode,
      List<MigrationStatus> statuses,
      List<String> problems) {
    boolean added = false;
    for (AppliedMigration row : history) {
      if (inCode.containsKey(row.version())) {
        continue;
      }
      added = true;
      State state = row.baseline() ? State.BASELINE : State.MISSING;
      if (statuses != null) {
        statuses.add(new MigrationStatus(row.version(), row.name(), state, null, from(row)));
      }
      if (state == State.MISSING) {
        problems.add(missing(row));
      }
    }
    return added;
  }

  private static MigrationStatus.Applied from(AppliedMigration row) {
    if (row == null) {
      return null;
    }
    return new MigrationStatus.Applied(
        Instant.ofEpochMilli(row.appliedAtMillis()),
        row.appliedBy(),
        row.executionMillis(),
        row.transactional(),
        row.checksum());
  }

  private String changed(IndexEntry entry, AppliedMigration row) {
    return "Migration "
        + entry.version()
        + " '"
        + entry.name()
        + "' was changed after it was applied (checksum "
        + row.checksum()
        + " in "
        + table
        + ", "
        + entry.checksum()
        + " in the code). Undo the edit and put the change into a new migration; or, if the"
        + " database already matches the edited migration, record the new checksum: update "
        + table
        + " set checksum = '"
        + entry.checksum()
        + "' where version = "
        + entry.version()
        + ";";
  }

  private String missing(AppliedMigration row) {
    return "Migration "
        + row.version()
        + " '"
        + row.name()
        + "' is recorded in "
        + table
        + " but is not in the code (no migration index lists it). Restore its class; or, if it was"
        + " removed on purpose and its changes are undone, delete its row: delete from "
        + table
        + " where version = "
        + row.version()
        + ";";
  }

  private static String outOfOrder(IndexEntry entry, long highest) {
    return "Migration "
        + entry.version()
        + " '"
        + entry.name()
        + "' is pending but version "
        + highest
        + " is already applied. Allow out-of-order migrations (Migrator.builder(...)"
        + ".outOfOrder(true), or --out-of-order), or give it a version above "
        + highest
        + ".";
  }
}
