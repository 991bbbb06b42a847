package dev.keel.processor.mapping;

import dev.keel.processor.entity.AccessConflict;
import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.entity.ScanResult;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Index;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mapping: turns the extracted entities into the PostgreSQL schema Hibernate ORM 7 would build for
 * them. Hierarchies first (which entity has which table), then every key, then every other
 * attribute, then discriminators and table-level constraints. Pure: problems are returned in the
 * {@link MappingResult}, never thrown.
 */
public final class SchemaMapper {

  private final MappingContext ctx;

  private SchemaMapper(ScanResult scan, MappingOptions options) {
    this.ctx = new MappingContext(scan, options);
  }

  /** Maps every entity of {@code scan}. */
  public static MappingResult map(ScanResult scan, MappingOptions options) {
    return new SchemaMapper(scan, options).run();
  }

  private MappingResult run() {
    accessConflicts();
    Hierarchies.link(ctx);
    List<MappedEntity> ordered = new ArrayList<>(ctx.entities.values());
    ordered.sort(
        Comparator.<MappedEntity>comparingInt(e -> e.lineage().size())
            .thenComparing(e -> e.model.qualifiedName()));
    for (MappedEntity e : ordered) {
      assignTable(e);
    }
    ColumnMapper columns = new ColumnMapper(ctx);
    AssociationMapper associations = new AssociationMapper(ctx);
    EmbeddableMapper embeddables = new EmbeddableMapper(ctx, columns, associations);
    JoinTableMapper joinTables = new JoinTableMapper(ctx, associations);
    CollectionMapper collections =
        new CollectionMapper(ctx, columns, associations, embeddables, joinTables);
    KeyMapper keys = new KeyMapper(ctx, columns, associations, embeddables, new IdMapper(ctx));
    keys.mapAll();
    AttributeMapper attributes =
        new AttributeMapper(ctx, columns, associations, embeddables, joinTables, collections, keys);
    for (AttributeMapper.Pass pass : AttributeMapper.Pass.values()) {
      for (MappedEntity e : ordered) {
        attributes.map(e, pass);
      }
    }
    new Discriminators(ctx).map(attributes.subclassNotNull);
    for (MappedEntity e : ordered) {
      ctx.guarded(e.model.position(), () -> tableConstraints(e));
    }
    Schema schema = schema(tables());
    return new MappingResult(schema, ctx.problems, ctx.positions, ctx.hints.build());
  }

  /**
   * Reports each attribute that embeds an embeddable which its other owners read with the other
   * access type, naming other attributes: Hibernate refuses to start on such a pair.
   */
  private void accessConflicts() {
    for (AccessConflict c : ctx.scan.accessConflicts()) {
      String taken = c.access() == EntityModel.Access.PROPERTY ? "getters" : "fields";
      String here = c.access() == EntityModel.Access.PROPERTY ? "fields" : "getters";
      ctx.problem(
          c.position(),
          Diagnostics.UnsupportedMapping,
          "an embeddable read through its "
              + here
              + " here and through its "
              + taken
              + " for '"
              + c.first()
              + "' ('"
              + c.embeddable()
              + "' has no @Access of its own, and the two ways name different attributes)",
          c.attribute(),
          "Put @Access(AccessType.FIELD) or @Access(AccessType.PROPERTY) on '"
              + c.embeddable()
              + "': Hibernate refuses to start otherwise.");
    }
  }

  /**
   * Every table that passes the model's checks; one that does not (two constraints of one name, a
   * check without a condition) is reported where its entity or attribute is, and left out.
   */
  private List<Table> tables() {
    List<Table> built = new ArrayList<>();
    for (TableBuilder t : ctx.tables.values()) {
      ctx.guarded(t.position, () -> built.add(t.build()));
    }
    return built;
  }

  /**
   * The schema; when the model's checks across tables fail (an index named like another table's),
   * each table that breaks them is reported where it is mapped, and left out.
   */
  private Schema schema(List<Table> tables) {
    List<String> namespaces = List.copyOf(ctx.namespaces);
    List<dev.keel.schema.Sequence> sequences = List.copyOf(ctx.sequences.values());
    try {
      return new Schema(namespaces, sequences, tables);
    } catch (IllegalArgumentException e) {
      List<Table> kept = new ArrayList<>();
      for (Table t : tables) {
        List<Table> with = new ArrayList<>(kept);
        with.add(t);
        if (ctx.guarded(
            ctx.tables.get(t.key()).position, () -> new Schema(namespaces, sequences, with))) {
          kept.add(t);
        }
      }
      return new Schema(namespaces, sequences, kept);
    }
  }

  /** Decides which table an entity's own attributes go to, creating it where it is new. */
  private void assignTable(MappedEntity e) {
    if (e.inSingleTableSubclass()) {
      e.table = e.root.table;
      if (e.table != null) {
        ctx.hints.entity(e.name(), e.model.annotations(), e.table);
      }
      return;
    }
    if (e.strategy == MappedEntity.Strategy.TABLE_PER_CLASS && e.model.isAbstract()) {
      return; // Hibernate gives an abstract class of a TABLE_PER_CLASS hierarchy no table
    }
    Optional<AnnotationData> t = e.model.jpa("Table");
    String position =
        t.filter(a -> a.isSet("name")).map(a -> a.positionOf("name")).orElse(e.model.position());
    String owner = "Entity '" + e.name() + "'";
    String name = ctx.names.table(logicalTableName(e.model), owner, position);
    String schema =
        ctx.namespace(
            t.map(a -> a.string("schema")).orElse(""),
            owner,
            t.map(a -> a.positionOf("schema")).orElse(position));
    ctx.newTable(new TableBuilder(schema, name, e.name(), e.model.position()), position, e.name())
        .ifPresent(table -> e.table = table);
    if (e.table != null) {
      ctx.hints.entity(e.name(), e.model.annotations(), e.table);
    }
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

  private void tableConstraints(MappedEntity e) {
    if (e.table == null) {
      return;
    }
    for (AnnotationData check : HibernateAnnotations.checks(e.model.annotations(), e.name(), ctx)) {
      String n = check.string("name");
      String expression = check.string("constraints");
      e.table.addCheck(
          n.isBlank()
              ? Constraints.tableCheck(e.table, expression)
              : new CheckConstraint(ctx.names.constraint(n), null, expression));
    }
    if (e.inSingleTableSubclass()) {
      return; // a subclass's @Table has no table of its own
    }
    Optional<AnnotationData> t = e.model.jpa("Table");
    if (t.isEmpty()) {
      return;
    }
    for (AnnotationData u : t.get().annotations("uniqueConstraints")) {
      List<String> cols = resolve(e, u.strings("columnNames"), u.positionOf("columnNames"), "");
      if (cols != null && !cols.isEmpty()) {
        String n = u.string("name");
        e.table.addUnique(
            new UniqueConstraint(
                n.isBlank() ? Constraints.unique(e.table, cols) : ctx.names.constraint(n), cols));
      }
    }
    for (AnnotationData i : t.get().annotations("indexes")) {
      index(e, i);
    }
  }

  private void index(MappedEntity e, AnnotationData i) {
    List<String> written = new ArrayList<>();
    List<String> orders = new ArrayList<>();
    for (String part : i.string("columnList").split(",")) {
      String[] words = part.trim().split("\\s+");
      written.add(words[0]);
      orders.add(words.length > 1 ? " " + words[1].toLowerCase(Locale.ROOT) : "");
    }
    List<String> cols = resolve(e, written, i.positionOf("columnList"), "@Index(columnList)");
    if (cols == null) {
      return;
    }
    String n = i.string("name");
    if (i.bool("unique", false)) {
      e.table.addUnique(
          new UniqueConstraint(
              n.isBlank() ? Constraints.unique(e.table, cols) : ctx.names.constraint(n), cols));
      return;
    }
    List<String> withOrder = new ArrayList<>();
    for (int k = 0; k < cols.size(); k++) {
      withOrder.add(cols.get(k) + orders.get(k));
    }
    String name =
        n.isBlank()
            ? ctx.names.constraint(HibernateNames.index(e.table.name, written))
            : ctx.names.constraint(n);
    e.table.addIndex(new Index(name, withOrder));
  }

  /** Resolves written column names to DDL names; null (and a problem) if one is unknown. */
  private List<String> resolve(MappedEntity e, List<String> written, String position, String what) {
    List<String> result = new ArrayList<>();
    for (String w : written) {
      Optional<String> c = e.table.resolveColumn(w, ctx.names.naming());
      if (c.isEmpty()) {
        ctx.problem(
            position,
            Diagnostics.UnknownConstraintColumn,
            what.isEmpty() ? "@UniqueConstraint(columnNames)" : what,
            e.name(),
            w.trim(),
            String.join(", ", e.table.columnNames()));
        return null;
      }
      result.add(c.get());
    }
    return result;
  }
}
