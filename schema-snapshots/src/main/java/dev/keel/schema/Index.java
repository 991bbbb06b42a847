package dev.keel.schema;

import java.util.List;

/**
 * A non-unique index ({@code @Index(unique = true)} maps to a {@link UniqueConstraint}, as in
 * Hibernate).
 *
 * @param name the index name: the user's, or Hibernate's {@code IDX<hash>}
 * @param columns the indexed columns in order, each possibly followed by {@code " asc"} or {@code "
 *     desc"}
 */
public record Index(String name, List<String> columns) {

  /** Checks the name and copies the columns. */
  public Index {
    Sequence.requireName(name);
    columns = List.copyOf(columns);
  }

  /** The indexed column names, without their sort orders. */
  public List<String> columnNames() {
    return columns.stream().map(IndexColumns::name).toList();
  }

  /** The canonical name that identifies this index. */
  public String key() {
    return Identifiers.canonical(name);
  }
}
