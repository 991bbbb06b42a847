package dev.keel.schema.diff;

import dev.keel.schema.Identifiers;
import dev.keel.schema.Sequence;
import java.util.Objects;

/**
 * Renames a sequence, keeping its current value: {@code alter sequence users_seq rename to
 * customers_seq}. A change of start or increment that comes with it is a separate {@link
 * AlterSequence}.
 *
 * @param from the sequence before
 * @param to the sequence after the rename: same schema, start and increment, another name
 */
public record RenameSequence(Sequence from, Sequence to) implements SchemaChange {

  /** Checks that every part is present and that only the name changes. */
  public RenameSequence {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!Identifiers.same(from.schema(), to.schema())
        || from.start() != to.start()
        || from.increment() != to.increment()) {
      throw new IllegalArgumentException(
          "A sequence rename changes the name only: '" + from.key() + "' became '" + to + "'.");
    }
    Changes.requireNewName(from.name(), to.name());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
