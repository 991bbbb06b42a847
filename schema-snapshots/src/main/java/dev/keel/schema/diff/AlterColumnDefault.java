package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.TableName;
import java.util.Objects;

/**
 * Sets, changes or drops the default of a column.
 *
 * @param table the table, as written
 * @param from the column before this step
 * @param to the column after this step: another default, or none
 */
public record AlterColumnDefault(TableName table, Column from, Column to) implements SchemaChange {

  /** Checks that every part is present. */
  public AlterColumnDefault {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Changes.requireSameColumn(from, to);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
