package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.Index;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The changes to a table that exists on both sides, except its foreign keys ({@link
 * ForeignKeyPlanner}): columns, primary key, unique constraints, indexes and checks. A changed
 * constraint or index is dropped and added again; so is a check that may use a column whose type
 * changes, because PostgreSQL would keep the check's old text, cast to the new type.
 */
final class TableDiffer {

  private TableDiffer() {}

  static void diff(Table from, Table to, Impact impact, ChangePlan plan) {
    TableName name = to.tableName();
    Set<String> retyped = impact.typeChangedColumns(from.key());
    dropConstraints(from, to, retyped, plan);
    for (Column c : from.columns()) {
      if (to.column(c.name()).isEmpty()) {
        plan.add(Stage.DROP_COLUMNS, new DropColumn(name, c));
      }
    }
    for (Column c : to.columns()) {
      Column old = from.column(c.name()).orElse(null);
      if (old == null) {
        plan.add(Stage.ADD_COLUMNS, new AddColumn(name, c));
      } else {
        ColumnSteps.of(name, old, c).forEach(step -> plan.add(Stage.ALTER_COLUMNS, step));
      }
    }
    addConstraints(from, to, retyped, plan);
  }

  private static void dropConstraints(Table from, Table to, Set<String> retyped, ChangePlan plan) {
    TableName name = from.tableName();
    for (CheckConstraint c : from.checks()) {
      CheckConstraint next = find(to.checks(), c.key(), CheckConstraint::key);
      if (next == null || !Same.check(c, next) || CheckMentions.any(c, retyped)) {
        plan.add(Stage.DROP_CONSTRAINTS, new DropCheck(name, c));
      }
    }
    for (UniqueConstraint u : from.uniqueConstraints()) {
      UniqueConstraint next = find(to.uniqueConstraints(), u.key(), UniqueConstraint::key);
      if (next == null || !Same.unique(u, next)) {
        plan.add(Stage.DROP_CONSTRAINTS, new DropUniqueConstraint(name, u));
      }
    }
    for (Index i : from.indexes()) {
      Index next = find(to.indexes(), i.key(), Index::key);
      if (next == null || !Same.index(i, next)) {
        plan.add(Stage.DROP_CONSTRAINTS, new DropIndex(name, i));
      }
    }
    if (from.primaryKey() != null && !Same.primaryKey(from.primaryKey(), to.primaryKey())) {
      plan.add(Stage.DROP_CONSTRAINTS, new DropPrimaryKey(name, from.primaryKey()));
    }
  }

  private static void addConstraints(Table from, Table to, Set<String> retyped, ChangePlan plan) {
    TableName name = to.tableName();
    if (to.primaryKey() != null && !Same.primaryKey(from.primaryKey(), to.primaryKey())) {
      plan.add(Stage.ADD_CONSTRAINTS, new AddPrimaryKey(name, to.primaryKey()));
    }
    for (UniqueConstraint u : to.uniqueConstraints()) {
      UniqueConstraint old = find(from.uniqueConstraints(), u.key(), UniqueConstraint::key);
      if (old == null || !Same.unique(old, u)) {
        plan.add(Stage.ADD_CONSTRAINTS, new AddUniqueConstraint(name, u));
      }
    }
    for (CheckConstraint c : to.checks()) {
      CheckConstraint old = find(from.checks(), c.key(), CheckConstraint::key);
      if (old == null || !Same.check(old, c) || CheckMentions.any(old, retyped)) {
        plan.add(Stage.ADD_CONSTRAINTS, new AddCheck(name, c));
      }
    }
    for (Index i : to.indexes()) {
      Index old = find(from.indexes(), i.key(), Index::key);
      if (old == null || !Same.index(old, i)) {
        plan.add(Stage.CREATE_INDEXES, new CreateIndex(name, i));
      }
    }
  }

  /** The element of {@code elements} whose canonical name is {@code key}, or null. */
  static <T> T find(List<T> elements, String key, Function<T, String> keyOf) {
    for (T element : elements) {
      if (keyOf.apply(element).equals(key)) {
        return element;
      }
    }
    return null;
  }
}
