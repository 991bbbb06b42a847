package dev.keel.schema.diff;

import dev.keel.schema.Identifiers;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds sequences that only change name, and renames them, which keeps their current value (a
 * sequence dropped and created again starts over, and the ids it hands out then collide with
 * existing rows). A sequence that goes away is paired with one that comes, in the same PostgreSQL
 * schema, whose name is free before the rename runs:
 *
 * <ol>
 *   <li>when its name follows a renamed table's: {@code users_seq} becomes {@code customers_seq}
 *       after {@code users} became {@code customers} (the name starts with the old table name and
 *       the new sequence's name is the new table name with the same ending; Hibernate names a
 *       sequence {@code <table>_SEQ}); start and increment may change too, by an {@link
 *       AlterSequence} after the rename;
 *   <li>otherwise when it is the only sequence going away with its start and increment, and the
 *       only one coming has the same.
 * </ol>
 *
 * @param renamed the old schema with these renames applied
 * @param changes the renames, by old key
 */
record SequenceRenames(Schema renamed, List<SchemaChange> changes) {

  static SequenceRenames of(Schema from, Schema to, List<RenameTable> tableRenames) {
    Set<String> relations = TableEdits.relations(from);
    List<Sequence> removed =
        new ArrayList<>(
            from.sequences().stream().filter(s -> to.sequence(s.key()).isEmpty()).toList());
    List<Sequence> added =
        new ArrayList<>(
            to.sequences().stream().filter(s -> from.sequence(s.key()).isEmpty()).toList());
    added.removeIf(s -> relations.contains(s.key()));
    Map<String, Sequence> pairs = new TreeMap<>();
    for (RenameTable table : tableRenames) {
      String oldName = Identifiers.canonical(table.from().name());
      String newName = Identifiers.canonical(table.to().name());
      for (Sequence old : List.copyOf(removed)) {
        String name = Identifiers.canonical(old.name());
        if (!Identifiers.same(old.schema(), table.from().schema()) || !name.startsWith(oldName)) {
          continue;
        }
        String wanted =
            Identifiers.qualifiedKey(old.schema(), newName + name.substring(oldName.length()));
        added.stream()
            .filter(s -> s.key().equals(wanted))
            .findFirst()
            .ifPresent(s -> claim(old, s, removed, added, pairs));
      }
    }
    for (Sequence old : List.copyOf(removed)) {
      List<Sequence> alike = removed.stream().filter(s -> sameDefinition(s, old)).toList();
      List<Sequence> candidates = added.stream().filter(s -> sameDefinition(s, old)).toList();
      if (alike.size() == 1 && candidates.size() == 1) {
        claim(old, candidates.get(0), removed, added, pairs);
      }
    }
    return build(from, pairs);
  }

  private static void claim(
      Sequence old,
      Sequence now,
      List<Sequence> removed,
      List<Sequence> added,
      Map<String, Sequence> pairs) {
    pairs.put(old.key(), new Sequence(old.schema(), now.name(), old.start(), old.increment()));
    removed.remove(old);
    added.remove(now);
  }

  private static boolean sameDefinition(Sequence a, Sequence b) {
    return Identifiers.same(a.schema(), b.schema())
        && a.start() == b.start()
        && a.increment() == b.increment();
  }

  private static SequenceRenames build(Schema from, Map<String, Sequence> pairs) {
    List<SchemaChange> changes = new ArrayList<>();
    List<Sequence> sequences = new ArrayList<>();
    for (Sequence s : from.sequences()) {
      Sequence now = pairs.get(s.key());
      if (now != null) {
        changes.add(new RenameSequence(s, now));
      }
      sequences.add(now == null ? s : now);
    }
    return new SequenceRenames(
        new Schema(from.namespaces(), sequences, from.tables()), List.copyOf(changes));
  }
}
