package dev.keel.bench.compile;

/** One way of compiling the same sources. */
enum Mode {
  /** {@code javac -proc:none}: the baseline every ratio is against. */
  PLAIN("javac -proc:none"),
  /**
   * A processor that does nothing ({@link dev.keel.bench.compile.noop.NoopProcessor}): javac's own
   * cost of annotation processing, the floor under any processor's overhead.
   */
  NOOP("+ no-op processor"),
  /** hibernate-processor on the processor path: the peer processor. */
  HIBERNATE("+ hibernate-processor"),
  /** Keel on the processor path, snapshot and migration up to date: a developer's rebuild. */
  KEEL("+ Keel, rebuild"),
  /** Keel on the processor path with no snapshot yet: it writes the migration for every table. */
  KEEL_FIRST("+ Keel, first generation");

  private final String label;

  Mode(String label) {
    this.label = label;
  }

  /** How the report names this mode. */
  String label() {
    return label;
  }

  /** Whether Keel is on the processor path. */
  boolean keel() {
    return this == KEEL || this == KEEL_FIRST;
  }
}
