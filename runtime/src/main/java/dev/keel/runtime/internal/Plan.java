package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationStatus;
import java.util.List;

/**
 * What comparing the code with the history found.
 *
 * @param statuses every migration in the code or the history, by version
 * @param pending what a run would apply, in order
 * @param problems validation problems, each with its fix
 * @param currentVersion the highest applied version (or baseline), 0 if none
 */
public record Plan(
    List<MigrationStatus> statuses,
    List<IndexEntry> pending,
    List<String> problems,
    long currentVersion) {

  /** Copies the lists. */
  public Plan {
    statuses = List.copyOf(statuses);
    pending = List.copyOf(pending);
    problems = List.copyOf(problems);
  }
}
