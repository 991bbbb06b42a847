package dev.keel.schema.diff;

import dev.keel.schema.Sequence;
import java.util.Objects;

/**
 * Changes the start or increment of a sequence.
 *
 * @param from the sequence as it was
 * @param to the sequence as it becomes (same name, other start or increment)
 */
public record AlterSequence(Sequence from, Sequence to) implements SchemaChange {

  /** Checks that every part is present. */
  public AlterSequence {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Changes.requireSameSequence(from, to);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
