package dev.keel.schema.diff;

import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.diff.DiffHints.ColumnRename;
import dev.keel.schema.diff.DiffHints.TableRename;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rename hints that apply between two schemas (the rules are on {@link DiffHints#unmatched}),
 * their {@link RenameTable} and {@link RenameColumn} changes, and the old schema as it is after
 * those renames ran.
 *
 * @param tables the table hints that apply
 * @param columns the column hints that apply
 * @param renamed the old schema with the renames applied
 * @param changes the table renames, then the column renames, each in the order of the hints
 */
record HintedRenames(
    List<TableRename> tables,
    List<ColumnRename> columns,
    Schema renamed,
    List<SchemaChange> changes) {

  /** Copies the lists. */
  HintedRenames {
    tables = List.copyOf(tables);
    columns = List.copyOf(columns);
    changes = List.copyOf(changes);
  }

  static HintedRenames of(Schema from, Schema to, DiffHints hints) {
    Set<String> relations = TableEdits.relations(from);
    List<TableRename> tables =
        hints.tables().stream().filter(t -> applies(t, from, to, relations)).toList();
    Map<String, String> origin = new TreeMap<>();
    tables.forEach(t -> origin.put(t.to(), t.from()));
    List<ColumnRename> columns =
        hints.columns().stream().filter(c -> applies(c, from, to, origin)).toList();
    List<SchemaChange> changes = new ArrayList<>();
    Map<String, TableName> targets = new TreeMap<>();
    for (TableRename t : tables) {
      TableName target = to.table(t.to()).orElseThrow().tableName();
      targets.put(t.from(), target);
      changes.add(new RenameTable(from.table(t.from()).orElseThrow().tableName(), target));
    }
    Map<String, Map<String, String>> columnRenames = new TreeMap<>();
    for (ColumnRename c : columns) {
      Table now = to.table(c.table()).orElseThrow();
      Table old = from.table(origin.getOrDefault(c.table(), c.table())).orElseThrow();
      String oldName = TableEdits.column(old, c.from()).orElseThrow().name();
      String newName = TableEdits.column(now, c.to()).orElseThrow().name();
      columnRenames.computeIfAbsent(c.table(), k -> new TreeMap<>()).put(c.from(), newName);
      changes.add(new RenameColumn(now.tableName(), oldName, newName));
    }
    List<Table> renamedTables = new ArrayList<>();
    for (Table t : from.tables()) {
      TableName target = targets.getOrDefault(t.key(), t.tableName());
      renamedTables.add(
          TableEdits.rewrite(
              t,
              target,
              columnRenames.getOrDefault(target.key(), Map.of()),
              fk -> retarget(fk, targets, columnRenames)));
    }
    Schema renamed = new Schema(from.namespaces(), from.sequences(), renamedTables);
    return new HintedRenames(tables, columns, renamed, changes);
  }

  private static ForeignKey retarget(
      ForeignKey fk, Map<String, TableName> targets, Map<String, Map<String, String>> columns) {
    TableName target = targets.getOrDefault(fk.referencedKey(), fk.referencedTableName());
    Map<String, String> renames = columns.getOrDefault(target.key(), Map.of());
    if (target.equals(fk.referencedTableName()) && renames.isEmpty()) {
      return fk;
    }
    return TableEdits.retarget(fk, target, renames);
  }

  private static boolean applies(TableRename t, Schema from, Schema to, Set<String> relations) {
    Table old = from.table(t.from()).orElse(null);
    Table now = to.table(t.to()).orElse(null);
    return old != null
        && now != null
        && to.table(t.from()).isEmpty()
        && !relations.contains(t.to())
        && Identifiers.same(old.schema(), now.schema());
  }

  private static boolean applies(
      ColumnRename c, Schema from, Schema to, Map<String, String> origin) {
    Table now = to.table(c.table()).orElse(null);
    Table old = from.table(origin.getOrDefault(c.table(), c.table())).orElse(null);
    if (now == null || old == null) {
      return false;
    }
    Column before = TableEdits.column(old, c.from()).orElse(null);
    Column after = TableEdits.column(now, c.to()).orElse(null);
    return before != null
        && after != null
        && TableEdits.column(old, c.to()).isEmpty()
        && TableEdits.column(now, c.from()).isEmpty();
  }
}
