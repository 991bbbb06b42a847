package dev.keel.bench.online;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A change Keel has an online form for, made to {@code items}, a table of rows that keeps receiving
 * inserts: {@code items (id bigint primary key, parent_id bigint, email varchar(255), kind integer,
 * code varchar(40))}, next to {@code parent (id bigint primary key)}.
 */
enum Operation {
  INDEX("index", t -> t.withIndexes(List.of(new Index("IDXitems_kind", List.of("kind"))))),
  FOREIGN_KEY(
      "foreign key",
      t ->
          t.withForeignKeys(
              List.of(
                  new ForeignKey(
                      "FKitems_parent", List.of("parent_id"), "", "parent", List.of("id"))))),
  CHECK(
      "check",
      t ->
          t.withChecks(
              List.of(new CheckConstraint("items_kind_check", "kind", "(kind between 0 and 9)")))),
  NOT_NULL(
      "not null",
      t ->
          t.withColumns(
              t.columns().stream()
                  .map(c -> c.name().equals("email") ? c.withNullable(false) : c)
                  .toList())),
  UNIQUE(
      "unique",
      t ->
          t.withUniqueConstraints(
              List.of(new UniqueConstraint("items_code_key", List.of("code")))));

  private final String label;
  private final UnaryOperator<Table> change;

  Operation(String label, UnaryOperator<Table> change) {
    this.label = label;
    this.change = change;
  }

  /** What the operation adds, for the report. */
  String label() {
    return label;
  }

  /** The schema before the change. */
  static Schema before() {
    return schema(items());
  }

  /** The schema after the change. */
  Schema after() {
    return schema(change.apply(items()));
  }

  private static Table items() {
    return new Table(
        "",
        "items",
        List.of(
            Column.of("id", "bigint", false),
            Column.of("parent_id", "bigint", true),
            Column.of("email", "varchar(255)", true),
            Column.of("kind", "integer", true),
            Column.of("code", "varchar(40)", true)),
        new PrimaryKey("items_pkey", List.of("id")),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Schema schema(Table items) {
    Table parent =
        Table.of(
            "parent",
            List.of(Column.of("id", "bigint", false)),
            new PrimaryKey("parent_pkey", List.of("id")));
    return new Schema(List.of(), List.of(), List.of(parent, items));
  }
}
