package dev.keel.schema.diff;

import dev.keel.schema.ForeignKey;
import dev.keel.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables along their foreign keys, deterministically: next comes the table with the smallest
 * canonical name among those that may go; when none may (a cycle), the table with the smallest name
 * among those on a cycle. Foreign keys to tables outside the list, and to the table itself, do not
 * count.
 *
 * <p>The graph is built once and each table's count of blocking neighbours is kept up to date as
 * tables are placed, so ordering thousands of tables stays linear but for the cycles, each of which
 * costs one pass over what remains.
 */
final class TableOrder {

  private final TreeMap<String, Table> remaining = new TreeMap<>();

  /** Table key to the keys of the other listed tables it references. */
  private final Map<String, Set<String>> targets = new HashMap<>();

  /** Table key to the keys of the other listed tables that reference it. */
  private final Map<String, Set<String>> sources = new HashMap<>();

  private TableOrder(List<Table> tables) {
    tables.forEach(t -> remaining.put(t.key(), t));
    for (Table t : remaining.values()) {
      targets.put(t.key(), new TreeSet<>());
      sources.put(t.key(), new TreeSet<>());
    }
    for (Table t : remaining.values()) {
      for (ForeignKey fk : t.foreignKeys()) {
        String target = fk.referencedKey();
        if (!target.equals(t.key()) && remaining.containsKey(target)) {
          targets.get(t.key()).add(target);
          sources.get(target).add(t.key());
        }
      }
    }
  }

  /** Referenced tables before the tables that reference them (for creating). */
  static List<Table> referencedFirst(List<Table> tables) {
    TableOrder graph = new TableOrder(tables);
    return graph.order(graph.targets, graph.sources);
  }

  /** Referencing tables before the tables they reference (for dropping). */
  static List<Table> referencingFirst(List<Table> tables) {
    TableOrder graph = new TableOrder(tables);
    return graph.order(graph.sources, graph.targets);
  }

  /**
   * Places the tables: a table may go when none of its {@code blockers} remains; placing it frees
   * one blocker of each of its {@code freed}.
   */
  private List<Table> order(Map<String, Set<String>> blockers, Map<String, Set<String>> freed) {
    Map<String, Integer> blocking = new HashMap<>();
    TreeSet<String> ready = new TreeSet<>();
    blockers.forEach(
        (key, set) -> {
          blocking.put(key, set.size());
          if (set.isEmpty()) {
            ready.add(key);
          }
        });
    List<Table> result = new ArrayList<>();
    while (!remaining.isEmpty()) {
      String next = ready.isEmpty() ? smallestOnCycle() : ready.pollFirst();
      result.add(remaining.remove(next));
      for (String other : freed.get(next)) {
        if (remaining.containsKey(other) && blocking.merge(other, -1, Integer::sum) == 0) {
          ready.add(other);
        }
      }
    }
    return result;
  }

  /**
   * Called only when every remaining table is blocked, so some table is on a cycle: the smallest
   * key in a strongly connected component of more than one table (self-references do not count),
   * found with Tarjan's algorithm, iteratively so that long chains cannot overflow the stack.
   */
  private String smallestOnCycle() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new java.util.HashSet<>();
    String smallest = null;
    for (String root : remaining.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Frame> calls = new ArrayDeque<>();
      calls.push(visit(root, index, low, stack, onStack));
      while (!calls.isEmpty()) {
        Frame f = calls.peek();
        if (f.next.hasNext()) {
          String w = f.next.next();
          if (!remaining.containsKey(w)) {
            continue;
          }
          if (!index.containsKey(w)) {
            calls.push(visit(w, index, low, stack, onStack));
          } else if (onStack.contains(w)) {
            low.merge(f.key, index.get(w), Math::min);
          }
          continue;
        }
        calls.pop();
        if (!calls.isEmpty()) {
          low.merge(calls.peek().key, low.get(f.key), Math::min);
        }
        if (low.get(f.key).equals(index.get(f.key))) {
          smallest = smaller(smallest, popComponent(f.key, stack, onStack));
        }
      }
    }
    return smallest != null ? smallest : remaining.firstKey();
  }

  /** A table being visited, with the references still to follow. */
  private record Frame(String key, java.util.Iterator<String> next) {}

  private Frame visit(
      String key,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack) {
    index.put(key, index.size());
    low.put(key, index.get(key));
    stack.push(key);
    onStack.add(key);
    return new Frame(key, targets.get(key).iterator());
  }

  /** Pops the component rooted at {@code root}; its smallest key if it is a cycle, else null. */
  private static String popComponent(String root, Deque<String> stack, Set<String> onStack) {
    String smallest = null;
    int size = 0;
    String w;
    do {
      w = stack.pop();
      onStack.remove(w);
      smallest = smaller(smallest, w);
      size++;
    } while (!w.equals(root));
    return size > 1 ? smallest : null;
  }

  private static String smaller(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) <= 0 ? a : b;
  }
}
