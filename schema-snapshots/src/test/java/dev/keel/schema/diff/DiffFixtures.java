package dev.keel.schema.diff;

import static dev.keel.schema.testing.TableBuilder.notNull;
import static dev.keel.schema.testing.TableBuilder.table;

import dev.keel.schema.Column;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.testing.TableBuilder;
import java.util.List;

/** Small schemas for the differ tests. */
final class DiffFixtures {

  static final TableName USERS = new TableName("", "users");

  private DiffFixtures() {}

  static Schema schema(Table... tables) {
    return new Schema(List.of(), List.of(), List.of(tables));
  }

  static Schema schema(List<String> namespaces, List<Sequence> sequences, Table... tables) {
    return new Schema(namespaces, sequences, List.of(tables));
  }

  /** {@code users (id bigint not null, <columns>, primary key (id))}, ready for more. */
  static TableBuilder users(Column... columns) {
    return table("users").columns(notNull("id", "bigint")).columns(columns).primaryKey("id");
  }

  /** A table {@code name (id bigint not null, primary key (id))}. */
  static TableBuilder plain(String name) {
    return plain("", name);
  }

  /** A table {@code schema.name (id bigint not null, primary key (id))}. */
  static TableBuilder plain(String schema, String name) {
    return table(schema, name).columns(notNull("id", "bigint")).primaryKey("id");
  }

  /**
   * {@code name (id, <ref>_id bigint)} with a foreign key {@code fk_<name>_<ref>} to {@code ref}.
   */
  static TableBuilder referencing(String name, String... refs) {
    TableBuilder t = plain(name);
    for (String ref : refs) {
      t.columns(TableBuilder.col(ref + "_id", "bigint"))
          .foreignKey("fk_" + name + "_" + ref, List.of(ref + "_id"), ref, List.of("id"));
    }
    return t;
  }
}
