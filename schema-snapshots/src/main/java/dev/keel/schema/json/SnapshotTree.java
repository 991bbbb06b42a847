package dev.keel.schema.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.List;

/**
 * Turns a {@link Schema} into the JSON tree of its snapshot, members in the documented order and
 * members with their default value left out (see {@link SnapshotCodec}).
 */
final class SnapshotTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SnapshotTree() {}

  static ObjectNode of(Schema schema) {
    ObjectNode root = NODES.objectNode();
    root.put(Members.FORMAT_VERSION, SnapshotCodec.FORMAT_VERSION);
    if (!schema.namespaces().isEmpty()) {
      root.set(Members.NAMESPACES, strings(schema.namespaces()));
    }
    if (!schema.sequences().isEmpty()) {
      ArrayNode sequences = root.putArray(Members.SEQUENCES);
      schema.sequences().forEach(s -> sequences.add(sequence(s)));
    }
    if (!schema.tables().isEmpty()) {
      ArrayNode tables = root.putArray(Members.TABLES);
      schema.tables().forEach(t -> tables.add(table(t)));
    }
    return root;
  }

  private static ObjectNode sequence(Sequence s) {
    ObjectNode node = NODES.objectNode();
    putSchema(node, Members.SCHEMA, s.schema());
    node.put(Members.NAME, s.name());
    node.put(Members.START, s.start());
    node.put(Members.INCREMENT, s.increment());
    return node;
  }

  private static ObjectNode table(Table t) {
    ObjectNode node = NODES.objectNode();
    putSchema(node, Members.SCHEMA, t.schema());
    node.put(Members.NAME, t.name());
    ArrayNode columns = node.putArray(Members.COLUMNS);
    t.columns().forEach(c -> columns.add(column(c)));
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      node.set(Members.PRIMARY_KEY, named(pk.name(), pk.columns()));
    }
    if (!t.uniqueConstraints().isEmpty()) {
      ArrayNode uniques = node.putArray(Members.UNIQUE_CONSTRAINTS);
      for (UniqueConstraint u : t.uniqueConstraints()) {
        uniques.add(named(u.name(), u.columns()));
      }
    }
    if (!t.indexes().isEmpty()) {
      ArrayNode indexes = node.putArray(Members.INDEXES);
      for (Index i : t.indexes()) {
        indexes.add(named(i.name(), i.columns()));
      }
    }
    if (!t.foreignKeys().isEmpty()) {
      ArrayNode foreignKeys = node.putArray(Members.FOREIGN_KEYS);
      t.foreignKeys().forEach(f -> foreignKeys.add(foreignKey(f)));
    }
    if (!t.checks().isEmpty()) {
      ArrayNode checks = node.putArray(Members.CHECKS);
      t.checks().forEach(c -> checks.add(check(c)));
    }
    return node;
  }

  private static ObjectNode column(Column c) {
    ObjectNode node = NODES.objectNode();
    node.put(Members.NAME, c.name());
    node.put(Members.TYPE, c.type());
    if (!c.nullable()) {
      node.put(Members.NULLABLE, false);
    }
    if (c.defaultValue() != null) {
      node.put(Members.DEFAULT_VALUE, c.defaultValue());
    }
    if (c.identity()) {
      node.put(Members.IDENTITY, true);
    }
    if (c.customType()) {
      node.put(Members.CUSTOM_TYPE, true);
    }
    return node;
  }

  private static ObjectNode named(String name, List<String> columns) {
    ObjectNode node = NODES.objectNode();
    node.put(Members.NAME, name);
    node.set(Members.COLUMNS, strings(columns));
    return node;
  }

  private static ObjectNode foreignKey(ForeignKey f) {
    ObjectNode node = named(f.name(), f.columns());
    putSchema(node, Members.REFERENCED_SCHEMA, f.referencedSchema());
    node.put(Members.REFERENCED_TABLE, f.referencedTable());
    node.set(Members.REFERENCED_COLUMNS, strings(f.referencedColumns()));
    return node;
  }

  private static ObjectNode check(CheckConstraint c) {
    ObjectNode node = NODES.objectNode();
    node.put(Members.NAME, c.name());
    if (c.column() != null) {
      node.put(Members.COLUMN, c.column());
    }
    node.put(Members.EXPRESSION, c.expression());
    return node;
  }

  private static void putSchema(ObjectNode node, String member, String schema) {
    if (!schema.isEmpty()) {
      node.put(member, schema);
    }
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
