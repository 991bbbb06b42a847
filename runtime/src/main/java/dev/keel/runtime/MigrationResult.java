package dev.keel.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a {@link Migrator} operation did (or, for a dry run, would do). */
public final class MigrationResult {

  /** The operation that produced a result. */
  public enum Operation {
    /** {@link Migrator#run()}: pending migrations applied. */
    RUN,
    /** {@link Migrator#revert()} or {@link Migrator#revertTo(long)}: migrations undone. */
    REVERT,
    /** {@link Migrator#baseline(long)}: an existing schema adopted. */
    BASELINE
  }

  /**
   * One migration applied or reverted.
   *
   * @param version the migration's version
   * @param name the migration's name
   * @param executionMillis how long it took, 0 in a dry run
   * @param transactional whether it ran inside a transaction together with its history change
   * @param statements in a dry run, the statements it would run through {@link
   *     MigrationContext#execute}; otherwise empty
   */
  public record Step(
      long version,
      String name,
      long executionMillis,
      boolean transactional,
      List<String> statements) {
    /** Copies the statements. */
    public Step {
      statements = List.copyOf(statements);
    }
  }

  private final Operation operation;
  private final List<Step> steps;
  private final boolean dryRun;
  private final long schemaVersion;
  private final List<String> warnings;
  private final Path backup;

  /**
   * Made by the runtime; applications receive results, they do not build them.
   *
   * @param schemaVersion the highest applied version after the operation, 0 if none
   * @param backup the backup file taken before applying, or null
   */
  public MigrationResult(
      Operation operation,
      List<Step> steps,
      boolean dryRun,
      long schemaVersion,
      List<String> warnings,
      Path backup) {
    this.operation = operation;
    this.steps = List.copyOf(steps);
    this.dryRun = dryRun;
    this.schemaVersion = schemaVersion;
    this.warnings = List.copyOf(warnings);
    this.backup = backup;
  }

  /** The operation. */
  public Operation operation() {
    return operation;
  }

  /** The migrations applied or reverted, in the order they ran; empty when nothing was to do. */
  public List<Step> steps() {
    return steps;
  }

  /** Whether this was a dry run: nothing was changed, {@link #steps} is what would run. */
  public boolean dryRun() {
    return dryRun;
  }

  /** The highest applied version after the operation (for a dry run: before it), 0 if none. */
  public long schemaVersion() {
    return schemaVersion;
  }

  /** Problems that were reported but, by configuration, did not stop the operation. */
  public List<String> warnings() {
    return warnings;
  }

  /** The backup taken before applying, if one was taken. */
  public Optional<Path> backup() {
    return Optional.ofNullable(backup);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(operation).append(dryRun ? " (dry run)" : "").append(": ");
    sb.append(steps.size()).append(steps.size() == 1 ? " migration" : " migrations");
    sb.append(", schema version ").append(schemaVersion);
    return sb.toString();
  }
}
