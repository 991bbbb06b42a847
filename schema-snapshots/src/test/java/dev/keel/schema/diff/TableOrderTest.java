package dev.keel.schema.diff;

import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.Table;
import dev.keel.schema.testing.TableBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TableOrderTest {

  @Test
  void randomGraphs_orderAsTheRuleSays() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      List<Table> tables = randomGraph(random, 1 + random.nextInt(12));
      assertEquals(keys(byRule(tables, true)), keys(TableOrder.referencedFirst(tables)));
      assertEquals(keys(byRule(tables, false)), keys(TableOrder.referencingFirst(tables)));
    }
  }

  @Test
  void ringWithJoinTables_orderAsTheRuleSays() {
    List<Table> tables = ring(150);
    assertEquals(keys(byRule(tables, true)), keys(TableOrder.referencedFirst(tables)));
    assertEquals(keys(byRule(tables, false)), keys(TableOrder.referencingFirst(tables)));
  }

  @Test
  void thousandsOfTablesOnARing_areEachPlacedOnce() {
    int n = 3000;
    List<Table> tables = ring(n);

    List<String> created = keys(TableOrder.referencedFirst(tables));
    List<String> dropped = keys(TableOrder.referencingFirst(tables));

    // the ring is broken at its smallest name, then unwinds backwards
    assertEquals(List.of(name(0), name(n - 1), name(n - 2)), created.subList(0, 3));
    assertEquals(2 * n, new TreeSet<>(created).size());
    // nothing references a join table
    assertEquals(name(0) + "_tags", dropped.get(0));
    assertEquals(2 * n, new TreeSet<>(dropped).size());
  }

  /** Each table references the next around a ring, and a join table references two of them. */
  private static List<Table> ring(int n) {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tables.add(referencing(name(i), name((i + 1) % n)));
      tables.add(referencing(name(i) + "_tags", name(i), name((i + 7) % n)));
    }
    Collections.shuffle(tables, new Random(3));
    return tables;
  }

  private static String name(int i) {
    return String.format("t%05d", i);
  }

  private static List<Table> randomGraph(Random random, int size) {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<String> targets = new ArrayList<>();
      int edges = random.nextInt(3);
      for (int e = 0; e < edges; e++) {
        // now and then a reference to itself or to a table not in the list
        int target = random.nextInt(size + 1);
        targets.add(target == size ? "elsewhere" : "t" + target);
      }
      tables.add(referencing("t" + i, targets.toArray(String[]::new)));
    }
    Collections.shuffle(tables, random);
    return tables;
  }

  private static Table referencing(String name, String... targets) {
    TableBuilder t = table(name).columns(notNull("id", "bigint")).primaryKey("id");
    int i = 0;
    for (String target : targets) {
      String column = "ref" + i++;
      t.columns(notNull(column, "bigint"));
      t.foreignKey("fk_" + name + "_" + column, List.of(column), target, List.of("id"));
    }
    return t.build();
  }

  private static List<String> keys(List<Table> tables) {
    return tables.stream().map(Table::key).toList();
  }

  /**
   * The rule, as plainly as it can be written: the smallest table that may go, else the smallest
   * that reaches itself along references between remaining tables.
   */
  private static List<Table> byRule(List<Table> tables, boolean referencedFirst) {
    TreeMap<String, Table> remaining =
        tables.stream().collect(Collectors.toMap(Table::key, t -> t, (a, b) -> a, TreeMap::new));
    Function<Table, Set<String>> targets =
        t ->
            t.foreignKeys().stream()
                .map(fk -> fk.referencedKey())
                .filter(k -> !k.equals(t.key()) && remaining.containsKey(k))
                .collect(Collectors.toSet());
    List<Table> result = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Table next =
          remaining.values().stream()
              .filter(
                  c ->
                      referencedFirst
                          ? targets.apply(c).isEmpty()
                          : remaining.values().stream()
                              .noneMatch(o -> targets.apply(o).contains(c.key())))
              .findFirst()
              .orElseGet(
                  () ->
                      remaining.values().stream()
                          .filter(c -> reaches(c.key(), c.key(), remaining, targets))
                          .findFirst()
                          .orElseThrow());
      remaining.remove(next.key());
      result.add(next);
    }
    return result;
  }

  private static boolean reaches(
      String from, String goal, TreeMap<String, Table> remaining, Function<Table, Set<String>> t) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(from));
    while (!todo.isEmpty()) {
      for (String next : t.apply(remaining.get(todo.remove(todo.size() - 1)))) {
        if (next.equals(goal)) {
          return true;
        }
        if (seen.add(next)) {
          todo.add(next);
        }
      }
    }
    return false;
  }
}
