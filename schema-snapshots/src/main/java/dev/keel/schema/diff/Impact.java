package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a diff does to tables that other objects lean on: tables dropped, columns dropped or
 * changing type, and primary keys or unique constraints dropped (removed or changed). A foreign key
 * or check that leans on one of these has to be dropped before and added again after.
 */
final class Impact {

  private final Set<String> droppedTables = new TreeSet<>();
  private final Map<String, Set<String>> typeChanged = new TreeMap<>();
  private final Map<String, Set<String>> droppedColumns = new TreeMap<>();
  private final Map<String, List<Set<String>>> droppedKeys = new TreeMap<>();

  private Impact() {}

  static Impact of(Map<String, Table> from, Map<String, Table> to) {
    Impact impact = new Impact();
    for (Table old : from.values()) {
      Table now = to.get(old.key());
      if (now == null) {
        impact.droppedTables.add(old.key());
      } else {
        impact.addColumns(old, now);
        impact.addKeys(old, now);
      }
    }
    return impact;
  }

  private void addColumns(Table old, Table now) {
    Set<String> changed = new TreeSet<>();
    Set<String> dropped = new TreeSet<>();
    for (Column c : old.columns()) {
      Column next = now.column(c.name()).orElse(null);
      if (next == null) {
        dropped.add(c.key());
      } else if (!Same.type(c, next)) {
        changed.add(c.key());
      }
    }
    typeChanged.put(old.key(), changed);
    droppedColumns.put(old.key(), dropped);
  }

  private void addKeys(Table old, Table now) {
    List<Set<String>> dropped = new ArrayList<>();
    if (old.primaryKey() != null && !Same.primaryKey(old.primaryKey(), now.primaryKey())) {
      dropped.add(Same.columnSet(old.primaryKey().columns()));
    }
    for (UniqueConstraint u : old.uniqueConstraints()) {
      UniqueConstraint next =
          TableDiffer.find(now.uniqueConstraints(), u.key(), UniqueConstraint::key);
      if (next == null || !Same.unique(u, next)) {
        dropped.add(Same.columnSet(u.columns()));
      }
    }
    droppedKeys.put(old.key(), dropped);
  }

  boolean tableDropped(String tableKey) {
    return droppedTables.contains(tableKey);
  }

  /** The canonical names of the columns of a kept table whose type changes. */
  Set<String> typeChangedColumns(String tableKey) {
    return typeChanged.getOrDefault(tableKey, Set.of());
  }

  /** Whether any of {@code columns} of the table changes type or is dropped. */
  boolean columnsChange(String tableKey, List<String> columns) {
    for (String column : columns) {
      String key = Identifiers.canonical(column);
      if (typeChangedColumns(tableKey).contains(key)
          || droppedColumns.getOrDefault(tableKey, Set.of()).contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of {@code columns} of the table is dropped. */
  boolean columnsDropped(String tableKey, List<String> columns) {
    Set<String> dropped = droppedColumns.getOrDefault(tableKey, Set.of());
    return columns.stream().map(Identifiers::canonical).anyMatch(dropped::contains);
  }

  /** Whether a primary key or unique constraint over exactly these columns is dropped. */
  boolean keyDropped(String tableKey, List<String> columns) {
    return droppedKeys.getOrDefault(tableKey, List.of()).contains(Same.columnSet(columns));
  }
}
