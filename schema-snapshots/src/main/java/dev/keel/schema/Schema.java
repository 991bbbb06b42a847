package dev.keel.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole mapped schema: the namespaces it needs beyond the default one, its sequences and its
 * tables, each list sorted by canonical (qualified) name.
 *
 * @param namespaces PostgreSQL schemas that {@code @Table(schema)} or a sequence names, as written
 * @param sequences the sequences that id generators use
 * @param tables the tables, including join and collection tables
 */
public record Schema(List<String> namespaces, List<Sequence> sequences, List<Table> tables) {

  /** The schema of a module with no entities. */
  public static final Schema EMPTY = new Schema(List.of(), List.of(), List.of());

  /**
   * Sorts the parts by canonical (qualified) name and checks them: names are distinct; every table
   * and sequence schema is listed in {@code namespaces}; tables, sequences and indexes (also those
   * behind primary keys and unique constraints) do not share a name within a PostgreSQL schema.
   */
  public Schema {
    namespaces =
        namespaces.stream()
            .sorted(Comparator.comparing(Identifiers::canonical))
            .distinct()
            .toList();
    sequences =
        sequences.stream()
            .sorted(Comparator.comparing(s -> Identifiers.qualifiedKey(s.schema(), s.name())))
            .toList();
    tables =
        tables.stream()
            .sorted(Comparator.comparing(t -> Identifiers.qualifiedKey(t.schema(), t.name())))
            .toList();
    ModelChecks.schema(namespaces, sequences, tables);
  }

  /** The table with this (possibly qualified) canonical key, see {@link Table#key()}. */
  public Optional<Table> table(String key) {
    return tables.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /** The sequence with this (possibly qualified) canonical key, see {@link Sequence#key()}. */
  public Optional<Sequence> sequence(String key) {
    return sequences.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
