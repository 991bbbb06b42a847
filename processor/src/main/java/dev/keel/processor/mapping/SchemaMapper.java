package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.entity.ScanResult;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import dev.keel.schema.Index;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mapping: turns the extracted entities into the PostgreSQL schema Hibernate ORM 7 would build for
 * them. Pure: problems are returned in the {@link MappingResult}, never thrown.
 */
public final class SchemaMapper {

  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> positions = new HashMap<>();
  private final Map<String, TableBuilder> tables = new TreeMap<>();
  private final Map<String, Sequence> sequences = new TreeMap<>();
  private final TreeSet<String> namespaces = new TreeSet<>();
  private final Names names;
  private final ColumnMapper columns;
  private final IdMapper ids;

  private SchemaMapper(MappingOptions options) {
    this.names = new Names(options, problems);
    this.columns = new ColumnMapper(names, problems, positions);
    this.ids = new IdMapper(names, problems, sequences, namespaces);
  }

  /** Maps every entity of {@code scan}. */
  public static MappingResult map(ScanResult scan, MappingOptions options) {
    return new SchemaMapper(options).run(scan);
  }

  private MappingResult run(ScanResult scan) {
    ids.collectGenerators(scan);
    for (EntityModel entity : scan.entities()) {
      mapEntity(entity);
    }
    List<Table> built = tables.values().stream().map(TableBuilder::build).toList();
    Schema schema = new Schema(List.copyOf(namespaces), List.copyOf(sequences.values()), built);
    return new MappingResult(schema, problems, positions);
  }

  private void mapEntity(EntityModel entity) {
    Optional<TableBuilder> created = table(entity);
    if (created.isEmpty()) {
      return;
    }
    TableBuilder table = created.get();
    List<String> idColumns = new ArrayList<>();
    for (AttributeModel a : entity.attributes()) {
      boolean id = a.has("Id");
      Optional<String> column =
          columns.map(new ColumnMapper.Source(a, entity.simpleName(), a.jpa("Column"), id), table);
      if (id && column.isPresent()) {
        idColumns.add(column.get());
        ids.generation(entity, logicalTableName(entity), a, table, column.get());
      }
    }
    if (!idColumns.isEmpty()) {
      table.primaryKey(Constraints.primaryKey(table, idColumns));
    }
    tableConstraints(entity, table);
  }

  private Optional<TableBuilder> table(EntityModel entity) {
    Optional<AnnotationData> t = entity.jpa("Table");
    String logical = logicalTableName(entity);
    String position =
        t.filter(a -> a.isSet("name")).map(a -> a.positionOf("name")).orElse(entity.position());
    String owner = "Entity '" + entity.simpleName() + "'";
    String name = names.table(logical, owner, position);
    String schema = t.map(a -> a.string("schema")).filter(s -> !s.isBlank()).orElse("");
    if (!schema.isEmpty()) {
      schema = names.namespace(schema, owner, t.get().positionOf("schema"));
      namespaces.add(schema);
    }
    TableBuilder table = new TableBuilder(schema, name, entity.simpleName(), entity.position());
    TableBuilder existing = tables.get(table.key());
    if (existing != null) {
      problems.add(
          Problem.at(
              position,
              Diagnostics.DuplicateTable,
              existing.owner,
              entity.simpleName(),
              table.qualifiedName()));
      return Optional.empty();
    }
    tables.put(table.key(), table);
    positions.put(table.key(), entity.position());
    return Optional.of(table);
  }

  /** {@code @Table(name)}, else the entity name, else the simple class name. */
  static String logicalTableName(EntityModel entity) {
    String fromTable = entity.jpa("Table").map(a -> a.string("name")).orElse("");
    if (!fromTable.isBlank()) {
      return fromTable;
    }
    String entityName = entity.jpa("Entity").map(a -> a.string("name")).orElse("");
    return entityName.isBlank() ? entity.simpleName() : entityName;
  }

  private void tableConstraints(EntityModel entity, TableBuilder table) {
    Optional<AnnotationData> t = entity.jpa("Table");
    if (t.isEmpty()) {
      return;
    }
    for (AnnotationData u : t.get().annotations("uniqueConstraints")) {
      List<String> cols =
          resolve(entity, table, u.strings("columnNames"), u.positionOf("columnNames"), "");
      if (cols != null && !cols.isEmpty()) {
        String n = u.string("name");
        table.addUnique(
            new UniqueConstraint(
                n.isBlank() ? Constraints.unique(table, cols) : names.constraint(n), cols));
      }
    }
    for (AnnotationData i : t.get().annotations("indexes")) {
      index(entity, table, i);
    }
  }

  private void index(EntityModel entity, TableBuilder table, AnnotationData i) {
    List<String> written = new ArrayList<>();
    List<String> orders = new ArrayList<>();
    for (String part : i.string("columnList").split(",")) {
      String[] words = part.trim().split("\\s+");
      written.add(words[0]);
      orders.add(words.length > 1 ? " " + words[1].toLowerCase(java.util.Locale.ROOT) : "");
    }
    List<String> cols =
        resolve(entity, table, written, i.positionOf("columnList"), "@Index(columnList)");
    if (cols == null) {
      return;
    }
    String n = i.string("name");
    if (i.bool("unique", false)) {
      table.addUnique(
          new UniqueConstraint(
              n.isBlank() ? Constraints.unique(table, cols) : names.constraint(n), cols));
      return;
    }
    List<String> withOrder = new ArrayList<>();
    for (int k = 0; k < cols.size(); k++) {
      withOrder.add(cols.get(k) + orders.get(k));
    }
    String name = n.isBlank() ? HibernateNames.index(table.name, written) : names.constraint(n);
    table.addIndex(new Index(name, withOrder));
  }

  /** Resolves written column names to DDL names; null (and a problem) if one is unknown. */
  private List<String> resolve(
      EntityModel entity, TableBuilder table, List<String> written, String position, String what) {
    List<String> result = new ArrayList<>();
    for (String w : written) {
      Optional<String> c = table.resolveColumn(w, names.naming());
      if (c.isEmpty()) {
        problems.add(
            Problem.at(
                position,
                Diagnostics.UnknownConstraintColumn,
                what.isEmpty() ? "@UniqueConstraint(columnNames)" : what,
                entity.simpleName(),
                w.trim(),
                String.join(", ", table.columnNames())));
        return null;
      }
      result.add(c.get());
    }
    return result;
  }
}
