package dev.keel.schema.diff;

import dev.keel.schema.ForeignKey;
import dev.keel.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables along their foreign keys, deterministically: next comes the table with the smallest
 * canonical name among those that may go; when none may (a cycle), the table with the smallest name
 * among those on a cycle. Foreign keys to tables outside the list, and to the table itself, do not
 * count.
 */
final class TableOrder {

  private TableOrder() {}

  /** Referenced tables before the tables that reference them (for creating). */
  static List<Table> referencedFirst(List<Table> tables) {
    return order(tables, true);
  }

  /** Referencing tables before the tables they reference (for dropping). */
  static List<Table> referencingFirst(List<Table> tables) {
    return order(tables, false);
  }

  private static List<Table> order(List<Table> tables, boolean referencedFirst) {
    TreeMap<String, Table> remaining = new TreeMap<>();
    tables.forEach(t -> remaining.put(t.key(), t));
    List<Table> result = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Table next = null;
      for (Table candidate : remaining.values()) {
        boolean blocked =
            referencedFirst
                ? !targets(candidate, remaining).isEmpty()
                : isReferenced(candidate, remaining);
        if (!blocked) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        next = smallestOnCycle(remaining);
      }
      remaining.remove(next.key());
      result.add(next);
    }
    return result;
  }

  /** The keys of the other remaining tables that {@code table} references. */
  private static Set<String> targets(Table table, TreeMap<String, Table> remaining) {
    Set<String> result = new TreeSet<>();
    for (ForeignKey fk : table.foreignKeys()) {
      String target = fk.referencedKey();
      if (!target.equals(table.key()) && remaining.containsKey(target)) {
        result.add(target);
      }
    }
    return result;
  }

  private static boolean isReferenced(Table table, TreeMap<String, Table> remaining) {
    for (Table other : remaining.values()) {
      if (other != table && targets(other, remaining).contains(table.key())) {
        return true;
      }
    }
    return false;
  }

  /** Called only when every remaining table is blocked, so some table is on a cycle. */
  private static Table smallestOnCycle(TreeMap<String, Table> remaining) {
    for (Table candidate : remaining.values()) {
      if (reaches(candidate, candidate.key(), remaining)) {
        return candidate;
      }
    }
    return remaining.firstEntry().getValue();
  }

  /** Whether following foreign keys from {@code start} leads to table {@code goal}. */
  private static boolean reaches(Table start, String goal, TreeMap<String, Table> remaining) {
    Set<String> seen = new TreeSet<>();
    Deque<Table> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (String target : targets(todo.pop(), remaining)) {
        if (target.equals(goal)) {
          return true;
        }
        if (seen.add(target)) {
          todo.push(remaining.get(target));
        }
      }
    }
    return false;
  }
}
