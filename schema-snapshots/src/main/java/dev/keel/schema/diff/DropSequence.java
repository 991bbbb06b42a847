package dev.keel.schema.diff;

import dev.keel.schema.Sequence;
import java.util.Objects;

/**
 * Drops a sequence.
 *
 * @param sequence the sequence as it was
 */
public record DropSequence(Sequence sequence) implements SchemaChange {

  /** Checks that every part is present. */
  public DropSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
