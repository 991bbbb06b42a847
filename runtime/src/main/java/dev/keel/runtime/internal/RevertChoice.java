package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chooses which applied migrations a revert undoes, newest first, and checks it can undo them. */
final class RevertChoice {

  private RevertChoice() {}

  /**
   * The migrations to revert, newest first.
   *
   * @param to revert everything above this version; -1 for only the last applied migration
   * @throws MigrationException before anything is reverted, if one of them is a baseline or is
   *     missing from the code
   */
  static List<IndexEntry> choose(
      List<IndexEntry> code, List<AppliedMigration> history, long to, String table) {
    Map<Long, IndexEntry> byVersion = new HashMap<>();
    for (IndexEntry entry : code) {
      byVersion.put(entry.version(), entry);
    }
    List<IndexEntry> chosen = new ArrayList<>();
    for (int i = history.size() - 1; i >= 0; i--) {
      AppliedMigration row = history.get(i);
      if (to >= 0 ? row.version() <= to : !chosen.isEmpty()) {
        break;
      }
      chosen.add(revertible(row, byVersion.get(row.version()), table));
    }
    return chosen;
  }

  private static IndexEntry revertible(AppliedMigration row, IndexEntry entry, String table) {
    if (row.baseline()) {
      throw new MigrationException(
          Reason.CONFIGURATION,
          "Cannot revert below the baseline at version "
              + row.version()
              + " in "
              + table
              + ": Keel did not create that schema, so it has no down statements for it. Nothing"
              + " was reverted.",
          null);
    }
    if (entry == null) {
      throw new MigrationException(
          Reason.CONFIGURATION,
          "Cannot revert migration "
              + row.version()
              + " '"
              + row.name()
              + "': it is not in the code, so its down statements are unknown. Restore its class."
              + " Nothing was reverted.",
          row.version(),
          row.name(),
          0,
          null,
          null,
          null);
    }
    return entry;
  }

  /** The highest version still applied after reverting {@code reverted}. */
  static long highestRemaining(List<AppliedMigration> history, List<IndexEntry> reverted) {
    long lowestReverted = reverted.get(reverted.size() - 1).version();
    long highest = 0;
    for (AppliedMigration row : history) {
      if (row.version() < lowestReverted) {
        highest = Math.max(highest, row.version());
      }
    }
    return highest;
  }
}
