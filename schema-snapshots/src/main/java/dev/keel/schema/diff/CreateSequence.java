package dev.keel.schema.diff;

import dev.keel.schema.Sequence;
import java.util.Objects;

/**
 * Creates a sequence.
 *
 * @param sequence the new sequence
 */
public record CreateSequence(Sequence sequence) implements SchemaChange {

  /** Checks that every part is present. */
  public CreateSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
