package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Sequence;
import java.util.Objects;

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

  /** Checks that both names are present and denote different PostgreSQL names. */
  static void requireNewName(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (Identifiers.same(from, to)) {
      throw new IllegalArgumentException("A rename must change the name: '" + from + "' stays.");
    }
  }
}
