package dev.keel.schema.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Builds a {@link Schema} from the JSON tree of a snapshot whose format version was already
 * checked. Absent optional members take their defaults; unknown members, wrong types and anything
 * the model's constructors reject raise a {@link ContentError} that points at the offending node.
 */
final class SnapshotParser {

  private SnapshotParser() {}

  static Schema schema(JsonNode root) {
    JsonPointer at = JsonPointer.empty();
    Node node = new Node(root, at, "the snapshot");
    node.only(Members.FORMAT_VERSION, Members.NAMESPACES, Members.SEQUENCES, Members.TABLES);
    List<String> namespaces = node.strings(Members.NAMESPACES, false);
    List<Sequence> sequences = node.objects(Members.SEQUENCES, SnapshotParser::sequence);
    List<Table> tables = node.objects(Members.TABLES, SnapshotParser::table);
    return node.build(() -> new Schema(namespaces, sequences, tables));
  }

  private static Sequence sequence(Node node, Integer index) {
    node.only(Members.SCHEMA, Members.NAME, Members.START, Members.INCREMENT);
    String schema = node.text(Members.SCHEMA, "");
    String name = node.text(Members.NAME);
    Node named = node.describedAs("sequence '" + name + "'");
    long start = named.number(Members.START);
    long increment = named.number(Members.INCREMENT);
    return named.build(() -> new Sequence(schema, name, start, increment));
  }

  private static Table table(Node node, Integer index) {
    node.only(
        Members.SCHEMA,
        Members.NAME,
        Members.COLUMNS,
        Members.PRIMARY_KEY,
        Members.UNIQUE_CONSTRAINTS,
        Members.INDEXES,
        Members.FOREIGN_KEYS,
        Members.CHECKS);
    String schema = node.text(Members.SCHEMA, "");
    String name = node.text(Members.NAME);
    Node t = node.describedAs("table '" + (schema.isEmpty() ? name : schema + "." + name) + "'");
    List<Column> columns = t.objects(Members.COLUMNS, SnapshotParser::column);
    if (!t.has(Members.COLUMNS)) {
      throw t.error("member '" + Members.COLUMNS + "' is missing");
    }
    PrimaryKey pk = t.object(Members.PRIMARY_KEY, SnapshotParser::primaryKey);
    List<UniqueConstraint> uniques = t.objects(Members.UNIQUE_CONSTRAINTS, SnapshotParser::unique);
    List<Index> indexes = t.objects(Members.INDEXES, SnapshotParser::index);
    List<ForeignKey> fks = t.objects(Members.FOREIGN_KEYS, SnapshotParser::foreignKey);
    List<CheckConstraint> checks = t.objects(Members.CHECKS, SnapshotParser::check);
    return t.build(() -> new Table(schema, name, columns, pk, uniques, indexes, fks, checks));
  }

  private static Column column(Node node, Integer index) {
    node.only(
        Members.NAME,
        Members.TYPE,
        Members.NULLABLE,
        Members.DEFAULT_VALUE,
        Members.IDENTITY,
        Members.CUSTOM_TYPE);
    String name = node.text(Members.NAME);
    Node c = node.describedAs(node.description() + ", column '" + name + "'");
    String type = c.text(Members.TYPE);
    boolean nullable = c.bool(Members.NULLABLE, true);
    String defaultValue = c.text(Members.DEFAULT_VALUE, null);
    boolean identity = c.bool(Members.IDENTITY, false);
    boolean customType = c.bool(Members.CUSTOM_TYPE, false);
    return c.build(() -> new Column(name, type, nullable, defaultValue, identity, customType));
  }

  private static PrimaryKey primaryKey(Node node, Integer index) {
    node.only(Members.NAME, Members.COLUMNS);
    String name = node.text(Members.NAME);
    Node k = node.describedAs(node.description() + ", primary key '" + name + "'");
    List<String> columns = k.strings(Members.COLUMNS, true);
    return k.build(() -> new PrimaryKey(name, columns));
  }

  private static UniqueConstraint unique(Node node, Integer index) {
    node.only(Members.NAME, Members.COLUMNS);
    String name = node.text(Members.NAME);
    Node u = node.describedAs(node.description() + ", unique constraint '" + name + "'");
    List<String> columns = u.strings(Members.COLUMNS, true);
    return u.build(() -> new UniqueConstraint(name, columns));
  }

  private static Index index(Node node, Integer index) {
    node.only(Members.NAME, Members.COLUMNS);
    String name = node.text(Members.NAME);
    Node i = node.describedAs(node.description() + ", index '" + name + "'");
    List<String> columns = i.strings(Members.COLUMNS, true);
    return i.build(() -> new Index(name, columns));
  }

  private static ForeignKey foreignKey(Node node, Integer index) {
    node.only(
        Members.NAME,
        Members.COLUMNS,
        Members.REFERENCED_SCHEMA,
        Members.REFERENCED_TABLE,
        Members.REFERENCED_COLUMNS);
    String name = node.text(Members.NAME);
    Node f = node.describedAs(node.description() + ", foreign key '" + name + "'");
    List<String> columns = f.strings(Members.COLUMNS, true);
    String schema = f.text(Members.REFERENCED_SCHEMA, "");
    String table = f.text(Members.REFERENCED_TABLE);
    List<String> referenced = f.strings(Members.REFERENCED_COLUMNS, true);
    return f.build(() -> new ForeignKey(name, columns, schema, table, referenced));
  }

  private static CheckConstraint check(Node node, Integer index) {
    node.only(Members.NAME, Members.COLUMN, Members.EXPRESSION);
    String name = node.text(Members.NAME);
    Node c = node.describedAs(node.description() + ", check '" + name + "'");
    String column = c.text(Members.COLUMN, null);
    String expression = c.text(Members.EXPRESSION);
    return c.build(() -> new CheckConstraint(name, column, expression));
  }
}
