package dev.keel.schema.diff;

import dev.keel.schema.ForeignKey;
import dev.keel.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which foreign keys a diff drops first and adds last.
 *
 * <p>Dropped: those removed or changed; those of a kept table whose own or referenced columns
 * change type or go away, or whose referenced table goes away, or whose referenced primary key or
 * unique constraint is dropped (PostgreSQL refuses to drop a key a foreign key depends on, and to
 * change the type of one side only); and, among the foreign keys of dropped tables, those that
 * would otherwise block a drop: into a key or column of a kept table that goes away, or into a
 * dropped table dropped earlier (which happens only in a cycle). Other foreign keys of dropped
 * tables go with their table.
 *
 * <p>Added: those of new tables, those added or changed, and those dropped above although they
 * stay.
 */
final class ForeignKeyPlanner {

  private ForeignKeyPlanner() {}

  static void plan(
      Map<String, Table> from,
      Map<String, Table> to,
      List<Table> dropOrder,
      Impact impact,
      ChangePlan plan) {
    Map<String, Integer> dropPosition = new TreeMap<>();
    for (int i = 0; i < dropOrder.size(); i++) {
      dropPosition.put(dropOrder.get(i).key(), i);
    }
    Set<String> readd = new TreeSet<>();
    for (Table table : from.values()) {
      Table next = to.get(table.key());
      for (ForeignKey fk : table.foreignKeys()) {
        boolean drop =
            next == null
                ? blocksDrop(table, fk, dropPosition, impact)
                : mustDrop(table, next, fk, impact, readd);
        if (drop) {
          plan.add(Stage.DROP_FOREIGN_KEYS, new DropForeignKey(table.tableName(), fk));
        }
      }
    }
    for (Table table : to.values()) {
      Table old = from.get(table.key());
      for (ForeignKey fk : table.foreignKeys()) {
        ForeignKey before =
            old == null ? null : TableDiffer.find(old.foreignKeys(), fk.key(), ForeignKey::key);
        if (before == null
            || !Same.foreignKey(before, fk)
            || readd.contains(table.key() + " " + fk.key())) {
          plan.add(Stage.ADD_FOREIGN_KEYS, new AddForeignKey(table.tableName(), fk));
        }
      }
    }
  }

  private static boolean blocksDrop(
      Table table, ForeignKey fk, Map<String, Integer> dropPosition, Impact impact) {
    String target = fk.referencedKey();
    if (target.equals(table.key())) {
      return false;
    }
    Integer targetPosition = dropPosition.get(target);
    if (targetPosition != null) {
      return targetPosition < dropPosition.get(table.key());
    }
    return impact.columnsDropped(target, fk.referencedColumns())
        || impact.keyDropped(target, fk.referencedColumns());
  }

  private static boolean mustDrop(
      Table table, Table next, ForeignKey fk, Impact impact, Set<String> readd) {
    ForeignKey after = TableDiffer.find(next.foreignKeys(), fk.key(), ForeignKey::key);
    if (after == null || !Same.foreignKey(fk, after)) {
      return true;
    }
    String target = fk.referencedKey();
    boolean leans =
        impact.columnsChange(table.key(), fk.columns())
            || impact.tableDropped(target)
            || impact.columnsChange(target, fk.referencedColumns())
            || impact.keyDropped(target, fk.referencedColumns());
    if (leans) {
      readd.add(table.key() + " " + fk.key());
    }
    return leans;
  }
}
