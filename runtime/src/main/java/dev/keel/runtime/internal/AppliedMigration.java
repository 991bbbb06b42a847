package dev.keel.runtime.internal;

/**
 * One row of the history table.
 *
 * @param checksum the checksum recorded when it ran; empty for a baseline
 * @param baseline whether this row is a baseline rather than an applied migration
 * @param appliedAtMillis when it was applied, epoch milliseconds
 */
public record AppliedMigration(
    long version,
    String name,
    String checksum,
    boolean baseline,
    boolean transactional,
    long appliedAtMillis,
    String appliedBy,
    long executionMillis) {}
