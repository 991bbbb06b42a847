package dev.keel.schema.json;

import java.util.OptionalInt;

/**
 * A snapshot that cannot be read. The message is two sentences: what is wrong, and how to fix it;
 * {@link #problem()} and {@link #fix()} give them apart.
 */
public final class SnapshotFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What kind of problem the snapshot has. */
  public enum Kind {
    /** The bytes are not JSON (or not UTF-8, or empty). */
    NOT_JSON,
    /** The file holds git merge-conflict markers. */
    MERGE_CONFLICT,
    /** {@code formatVersion} is missing or is not one this version of Keel reads. */
    UNKNOWN_FORMAT_VERSION,
    /** The JSON does not describe a valid schema. */
    INVALID_CONTENT
  }

  /** The kind of problem. */
  private final Kind kind;

  /** The 1-based line, or 0 when unknown. */
  private final int line;

  /** What is wrong, one sentence. */
  private final String problem;

  /** How to fix it, one sentence. */
  private final String fix;

  SnapshotFormatException(Kind kind, int line, String problem, String fix, Throwable cause) {
    super(problem + " " + fix, cause);
    this.kind = kind;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }

  /** The kind of problem. */
  public Kind kind() {
    return kind;
  }

  /** The 1-based line the problem is on, when known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** One sentence saying what is wrong. */
  public String problem() {
    return problem;
  }

  /** One sentence saying how to fix it. */
  public String fix() {
    return fix;
  }
}
