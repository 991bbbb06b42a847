package dev.keel.processor.validate;

import dev.keel.schema.safety.Finding;

/** The words for a locking finding: what the statement does, and how it locks. */
final class LockingText {

  private LockingText() {}

  /** {what, how}: e.g. {"A new index", "blocks every writer while it is built"}. */
  static String[] of(Finding f) {
    switch (f.kind()) {
      case REWRITES_TABLE:
        return new String[] {
          f.column() == null ? "A change" : "The change of column '" + f.column() + "'",
          "rewrites the whole table under an ACCESS EXCLUSIVE lock (no reads, no writes)"
              + (f.before() == null ? "" : ", from " + f.before() + " to " + f.after())
        };
      case INDEX_WITHOUT_CONCURRENTLY:
        return new String[] {"A new index", "blocks every writer while it is built"};
      case FOREIGN_KEY_WITHOUT_NOT_VALID:
        return new String[] {
          "A new foreign key", "blocks writers of both tables while every row is checked"
        };
      case CHECK_WITHOUT_NOT_VALID:
        return new String[] {
          "A new check constraint", "blocks readers and writers while every row is checked"
        };
      case SET_NOT_NULL_SCANS:
        return new String[] {
          "SET NOT NULL on column '" + f.column() + "'",
          "blocks readers and writers while every row is checked"
        };
      case UNIQUE_WITHOUT_INDEX_FIRST:
        return new String[] {
          "A new unique constraint", "blocks every writer while its index is built"
        };
      case ADD_PRIMARY_KEY:
        return new String[] {
          "A new primary key", "blocks readers and writers while its index is built"
        };
      default:
        return new String[] {"A change", "takes a lock that blocks writers"};
    }
  }
}
