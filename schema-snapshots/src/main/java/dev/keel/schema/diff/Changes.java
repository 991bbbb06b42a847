package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.Sequence;

/** Checks shared by the change records. */
final class Changes {

  private Changes() {}

  static void requireSameColumn(Column from, Column to) {
    if (!from.key().equals(to.key())) {
      throw new IllegalArgumentException(
          "A column change must keep the column: '"
              + from.name()
              + "' became '"
              + to.name()
              + "'.");
    }
  }

  static void requireSameSequence(Sequence from, Sequence to) {
    if (!from.key().equals(to.key())) {
      throw new IllegalArgumentException(
          "A sequence change must keep the sequence: '"
              + from.key()
              + "' became '"
              + to.key()
              + "'.");
    }
  }
}
