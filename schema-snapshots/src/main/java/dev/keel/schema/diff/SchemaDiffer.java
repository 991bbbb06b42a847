package dev.keel.schema.diff;

import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the changes that turn a database built from one schema into exactly one built from
 * another. The reverse migration is {@code diff(to, from)}, or with hints {@code diff(to, from,
 * hints.inverse())}.
 *
 * <p>Tables and columns are matched by canonical name ({@link Identifiers#canonical}); a table or
 * column is renamed only when a {@link DiffHints hint} says so ({@link RenameTable}, {@link
 * RenameColumn}), and the renamed old element is then diffed against the new one as usual (a
 * renamed column may also change type). Constraints, indexes and sequences that only change name,
 * which happens when their names follow a table or column name ({@code users_pkey}, {@code
 * users_email_key}, {@code users_seq}, Hibernate's {@code FK…} and {@code IDX…}), are renamed
 * ({@link RenameConstraint}, {@link RenameIndex}, {@link RenameSequence}) rather than dropped and
 * added, with or without hints (see {@code ObjectRenames} and {@code SequenceRenames}). A
 * constraint or index that keeps its name but changes columns, expression or target is dropped and
 * added again. Differences that make no difference to the database (a name written in another case
 * that folds to the same name, a type marked {@code customType} with unchanged text, the column a
 * check is written on) produce no change.
 *
 * <p>The changes come in stages that run in this order: rename tables, columns, sequences, then
 * constraints and indexes; drop foreign keys (removed, changed, or in the way of a later step);
 * drop checks, unique constraints, indexes and primary keys that are removed or changed; drop
 * columns; drop tables, referencing tables first; drop sequences; create namespaces; create and
 * alter sequences; create tables, referenced tables first; add columns; alter columns; add primary
 * keys, unique constraints and checks; create indexes; add foreign keys (after all tables, so
 * cycles need no care); drop namespaces. Every change after the renames names things by their new
 * names. Within a stage, changes are ordered by the table's (or sequence's, or namespace's)
 * qualified canonical name, then by column order or element name, so the result is deterministic.
 * Foreign-key cycles are broken at the table with the smallest name.
 */
public final class SchemaDiffer {

  private SchemaDiffer() {}

  /**
   * The ordered changes from {@code from} to {@code to}, renaming no table or column; empty when
   * they make equal databases. The same as {@code diff(from, to, DiffHints.NONE)}.
   */
  public static List<SchemaChange> diff(Schema from, Schema to) {
    return diff(from, to, DiffHints.NONE);
  }

  /**
   * The ordered changes from {@code from} to {@code to}, renaming the tables and columns that
   * {@code hints} name where the hint applies ({@link DiffHints#unmatched} lists those that do
   * not); empty when they make equal databases.
   */
  public static List<SchemaChange> diff(Schema from, Schema to, DiffHints hints) {
    HintedRenames hinted = HintedRenames.of(from, to, hints);
    List<RenameTable> tableRenames =
        hinted.changes().stream()
            .filter(RenameTable.class::isInstance)
            .map(RenameTable.class::cast)
            .toList();
    SequenceRenames sequences = SequenceRenames.of(hinted.renamed(), to, tableRenames);
    ObjectRenames objects = ObjectRenames.of(sequences.renamed(), to);
    List<SchemaChange> all = new ArrayList<>(hinted.changes());
    all.addAll(sequences.changes());
    all.addAll(RenameFolding.fold(objects, byName(objects.renamed(), to)));
    return List.copyOf(all);
  }

  /** The changes between schemas whose elements match by name. */
  private static List<SchemaChange> byName(Schema from, Schema to) {
    ChangePlan plan = new ChangePlan();
    namespaces(from, to, plan);
    sequences(from, to, plan);
    Map<String, Table> before = byKey(from.tables());
    Map<String, Table> after = byKey(to.tables());
    Impact impact = Impact.of(before, after);
    List<Table> dropped = new ArrayList<>();
    List<Table> created = new ArrayList<>();
    before.values().stream().filter(t -> !after.containsKey(t.key())).forEach(dropped::add);
    after.values().stream().filter(t -> !before.containsKey(t.key())).forEach(created::add);
    List<Table> dropOrder = TableOrder.referencingFirst(dropped);
    dropOrder.forEach(t -> plan.add(Stage.DROP_TABLES, new DropTable(t)));
    TableOrder.referencedFirst(created)
        .forEach(t -> plan.add(Stage.CREATE_TABLES, new CreateTable(t)));
    for (Table table : after.values()) {
      Table old = before.get(table.key());
      if (old == null) {
        for (Index index : table.indexes()) {
          plan.add(Stage.CREATE_INDEXES, new CreateIndex(table.tableName(), index));
        }
      } else {
        TableDiffer.diff(old, table, impact, plan);
      }
    }
    ForeignKeyPlanner.plan(before, after, dropOrder, impact, plan);
    return plan.toList();
  }

  private static void namespaces(Schema from, Schema to, ChangePlan plan) {
    Map<String, String> before = new TreeMap<>();
    Map<String, String> after = new TreeMap<>();
    from.namespaces().forEach(n -> before.put(Identifiers.canonical(n), n));
    to.namespaces().forEach(n -> after.put(Identifiers.canonical(n), n));
    after.forEach(
        (key, name) -> {
          if (!before.containsKey(key)) {
            plan.add(Stage.CREATE_NAMESPACES, new CreateNamespace(name));
          }
        });
    before.forEach(
        (key, name) -> {
          if (!after.containsKey(key)) {
            plan.add(Stage.DROP_NAMESPACES, new DropNamespace(name));
          }
        });
  }

  private static void sequences(Schema from, Schema to, ChangePlan plan) {
    for (Sequence old : from.sequences()) {
      if (to.sequence(old.key()).isEmpty()) {
        plan.add(Stage.DROP_SEQUENCES, new DropSequence(old));
      }
    }
    for (Sequence now : to.sequences()) {
      Sequence old = from.sequence(now.key()).orElse(null);
      if (old == null) {
        plan.add(Stage.CREATE_SEQUENCES, new CreateSequence(now));
      } else if (old.start() != now.start() || old.increment() != now.increment()) {
        plan.add(Stage.CREATE_SEQUENCES, new AlterSequence(old, now));
      }
    }
  }

  private static Map<String, Table> byKey(List<Table> tables) {
    Map<String, Table> result = new TreeMap<>();
    tables.forEach(t -> result.put(t.key(), t));
    return result;
  }
}
