package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.TypeRef;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.Column;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * To-many associations: a join table (many-to-many, and unidirectional one-to-many without a join
 * column) or a foreign key in the target table (one-to-many with {@code @JoinColumn}); names and
 * keys as Hibernate 7 makes them (hibernate-postgresql-ddl.md §4.1, §6).
 */
final class JoinTableMapper {

  private final MappingContext ctx;
  private final AssociationMapper associations;

  JoinTableMapper(MappingContext ctx, AssociationMapper associations) {
    this.ctx = ctx;
    this.associations = associations;
  }

  /** Maps a {@code @OneToMany} or {@code @ManyToMany} of {@code owner}. */
  void map(MappedEntity owner, AttributeModel a, String label) {
    boolean manyToMany = a.has("ManyToMany");
    AnnotationData relation = a.jpa(manyToMany ? "ManyToMany" : "OneToMany").orElseThrow();
    Optional<TypeRef> element = CollectionKind.elementType(a);
    TypeRef targetType = element.orElse(a.type());
    if (!relation.string("mappedBy").isBlank()) {
      Inverses.check(ctx, a, relation, label, targetType);
      return;
    }
    Optional<MappedEntity> target = associations.target(a, label, targetType);
    if (target.isEmpty() || owner.table == null) {
      return;
    }
    if (owner.keyColumns.isEmpty() || target.get().keyColumns.isEmpty()) {
      return; // an entity without a key is reported as MissingId
    }
    if (!manyToMany && !JoinColumns.of(a).isEmpty() && a.jpa("JoinTable").isEmpty()) {
      joinColumnInTarget(owner, target.get(), a, label);
      return;
    }
    joinTable(owner, target.get(), a, label, manyToMany);
  }

  private void joinColumnInTarget(
      MappedEntity owner, MappedEntity target, AttributeModel a, String label) {
    TableBuilder table = target.table;
    if (table == null) {
      return;
    }
    List<AnnotationData> joinColumns = JoinColumns.of(a);
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < owner.keyColumns.size(); i++) {
      KeyColumn ref = owner.keyColumns.get(i);
      Optional<AnnotationData> jc =
          i < joinColumns.size() ? Optional.of(joinColumns.get(i)) : Optional.empty();
      String logical =
          jc.map(j -> j.string("name"))
              .filter(n -> !n.isBlank())
              .orElse(ctx.names.implicitReferencing(ref.table(), a.name(), "_", ref.name()));
      String name = ctx.names.column(logical, "Attribute '" + label + "'", a.position());
      boolean notNull = jc.map(j -> !j.bool("nullable", true)).orElse(false);
      // the target may map the same column itself (a bidirectional mapping); then its mapping wins
      table.addColumn(
          new Column(name, ref.type(), !notNull, null, false, false),
          new TableBuilder.ColumnOwner(label, a.position(), true),
          logical);
      columns.add(name);
    }
    if (a.has("OrderColumn")) {
      orderColumn(a, label, table, false);
    }
    associations.foreignKey(
        table, columns, owner, owner.keyColumns, JoinColumns.foreignKey(a, joinColumns));
  }

  private void joinTable(
      MappedEntity owner, MappedEntity target, AttributeModel a, String label, boolean manyToMany) {
    Optional<AnnotationData> jt = a.jpa("JoinTable");
    Optional<TableBuilder> created = newJoinTable(owner, target, a, label, jt);
    if (created.isEmpty()) {
      return;
    }
    TableBuilder table = created.get();
    Optional<AttributeModel> inverse =
        manyToMany ? Inverses.inverseOf(target, a.name()) : Optional.empty();
    String ownerPrefix = inverse.map(AttributeModel::name).orElse(owner.entityName());
    List<String> ownerColumns =
        keyColumns(
            table,
            owner.keyColumns,
            jt.map(j -> j.annotations("joinColumns")).orElse(List.of()),
            ownerPrefix,
            label);
    List<String> targetColumns =
        keyColumns(
            table,
            target.keyColumns,
            jt.map(j -> j.annotations("inverseJoinColumns")).orElse(List.of()),
            a.name(),
            label);
    keys(a, label, table, ownerColumns, targetColumns, manyToMany);
    Optional<AnnotationData> ownerFk = jt.flatMap(j -> j.annotation("foreignKey"));
    Optional<AnnotationData> targetFk = jt.flatMap(j -> j.annotation("inverseForeignKey"));
    associations.foreignKey(table, targetColumns, target, target.keyColumns, targetFk);
    associations.foreignKey(table, ownerColumns, owner, owner.keyColumns, ownerFk);
  }

  /**
   * Creates the join table, named by {@code @JoinTable} or else implicitly; empty if it could not
   * be created (reported).
   */
  private Optional<TableBuilder> newJoinTable(
      MappedEntity owner,
      MappedEntity target,
      AttributeModel a,
      String label,
      Optional<AnnotationData> jt) {
    String tableName =
        jt.map(j -> j.string("name"))
            .filter(n -> !n.isBlank())
            .orElse(implicitName(owner, target, a));
    String position =
        jt.filter(j -> j.isSet("name")).map(j -> j.positionOf("name")).orElse(a.position());
    String name = ctx.names.table(tableName, "Attribute '" + label + "'", position);
    String schema =
        ctx.namespace(
            jt.map(j -> j.string("schema")).orElse(""), "Attribute '" + label + "'", position);
    return ctx.newTable(new TableBuilder(schema, name, label, a.position()), a.position(), label);
  }

  /** Spring: {@code <owner table>_<attribute>}; Hibernate: {@code <owner table>_<target table>}. */
  private String implicitName(MappedEntity owner, MappedEntity target, AttributeModel a) {
    if (ctx.options.naming() == NamingStrategy.SNAKE_CASE) {
      return ctx.names.implicit(owner.table.name, "_", a.name());
    }
    String targetTable = target.table != null ? target.table.name : target.entityName();
    return ctx.names.implicit(owner.table.name, "_", targetTable);
  }

  /**
   * The columns of a join or collection table that reference {@code referenced}: named by the
   * {@code explicit} join columns in order, else {@code <prefix>_<referenced column>}.
   */
  List<String> keyColumns(
      TableBuilder table,
      List<KeyColumn> referenced,
      List<AnnotationData> explicit,
      String prefix,
      String label) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < referenced.size(); i++) {
      KeyColumn ref = referenced.get(i);
      Optional<AnnotationData> jc =
          i < explicit.size() ? Optional.of(explicit.get(i)) : Optional.empty();
      String logical =
          jc.map(j -> j.string("name"))
              .filter(n -> !n.isBlank())
              .orElse(ctx.names.implicitReferencing(ref.table(), prefix, "_", ref.name()));
      String name = ctx.names.column(logical, "Attribute '" + label + "'", table.position);
      table.addColumn(
          new Column(name, ref.type(), false, null, false, false),
          new TableBuilder.ColumnOwner(label, table.position, false),
          logical);
      result.add(name);
    }
    return result;
  }

  /**
   * Primary key and unique constraints of a join table, by collection semantics (7.4). A map keyed
   * by {@code @MapKey} (an attribute of the target) has no key column: its key is the owner's and
   * the target's columns, as Hibernate makes it.
   */
  private void keys(
      AttributeModel a,
      String label,
      TableBuilder table,
      List<String> ownerColumns,
      List<String> targetColumns,
      boolean manyToMany) {
    CollectionKind kind = CollectionKind.of(a);
    List<String> pk = new ArrayList<>();
    switch (kind) {
      case SET:
        if (manyToMany) {
          pk.addAll(ownerColumns);
        }
        pk.addAll(targetColumns);
        break;
      case INDEXED_LIST:
        pk.addAll(ownerColumns);
        pk.add(orderColumn(a, label, table, true));
        break;
      case MAP:
        pk.addAll(ownerColumns);
        if (a.has("MapKey")) {
          pk.addAll(targetColumns); // keyed by an attribute of the target: no key column
        } else {
          mapKeyColumn(a, label, table).ifPresent(pk::add);
        }
        break;
      default:
        break;
    }
    if (!pk.isEmpty()) {
      table.primaryKey(Constraints.primaryKey(table, pk));
    }
    if (!manyToMany && kind != CollectionKind.SET) {
      table.addUnique(
          new UniqueConstraint(Constraints.unique(table, targetColumns), targetColumns));
    }
  }

  /** The list index column: {@code <attribute>_ORDER integer not null check (x>=0)}. */
  String orderColumn(AttributeModel a, String label, TableBuilder table, boolean notNull) {
    Optional<AnnotationData> oc = a.jpa("OrderColumn");
    String logical =
        oc.map(o -> o.string("name"))
            .filter(n -> !n.isBlank())
            .orElse(ctx.names.implicit(a.name(), "_ORDER"));
    String name = ctx.names.column(logical, "Attribute '" + label + "'", a.position());
    boolean nullable = !notNull && oc.map(o -> o.bool("nullable", true)).orElse(true);
    table.addColumn(
        new Column(name, "integer", nullable, null, false, false),
        new TableBuilder.ColumnOwner(label, a.position(), false),
        logical);
    table.addCheck(Constraints.columnCheck(table, name, "(" + name + ">=0)"));
    return name;
  }

  /**
   * A map's key column, not null: {@code @MapKeyColumn}, else {@code <attribute>_KEY}; for a map
   * keyed by an entity a foreign key to it. Empty if there is none (reported, unless its key
   * entity's missing id is).
   */
  Optional<String> mapKeyColumn(AttributeModel a, String label, TableBuilder table) {
    TypeRef key = CollectionKind.keyType(a).orElse(a.type());
    Optional<MappedEntity> entity = ctx.entity(key.name());
    if (entity.isPresent()) {
      return entityKeyColumn(a, label, table, entity.get());
    }
    Optional<AnnotationData> mk = a.jpa("MapKeyColumn");
    String logical =
        mk.map(m -> m.string("name"))
            .filter(n -> !n.isBlank())
            .orElse(ctx.names.implicit(a.name(), "_KEY"));
    String name = ctx.names.column(logical, "Attribute '" + label + "'", a.position());
    String type;
    String check = null;
    if (key.isEnum()) {
      boolean string =
          a.jpa("MapKeyEnumerated").map(e -> "STRING".equals(e.string("value"))).orElse(false);
      type = string ? TypeMapping.varchar(mk) : "smallint";
      check = "(" + ColumnMapper.enumCheck(name, key.enumConstants(), !string) + ")";
    } else {
      String temporal = a.jpa("MapKeyTemporal").map(t -> t.string("value")).orElse("TIMESTAMP");
      Optional<TypeMapping.Mapped> mapped = TypeMapping.map(key, mk, false, temporal);
      if (mapped.isEmpty()) {
        ctx.problem(a.position(), Diagnostics.UnmappableType, label + " (map key)", key.name());
        return Optional.empty();
      }
      type = mapped.get().type();
    }
    addKeyColumn(a, label, table, new Column(name, type, false, null, false, false), logical);
    if (check != null) {
      table.addCheck(Constraints.columnCheck(table, name, check));
    }
    return Optional.of(name);
  }

  /**
   * The key column of a map keyed by an entity: {@code @MapKeyJoinColumn} (alone or in
   * {@code @MapKeyJoinColumns}), else {@code <attribute>_KEY}, referencing the entity's key or the
   * column its {@code referencedColumnName} names. The foreign key only when it references the
   * entity's key: to any other column Hibernate 7 writes none.
   */
  private Optional<String> entityKeyColumn(
      AttributeModel a, String label, TableBuilder table, MappedEntity entity) {
    List<AnnotationData> joinColumns =
        AnnotationData.repeatable(a.annotations(), "jakarta.persistence.MapKeyJoinColumn");
    Optional<List<KeyColumn>> referenced = associations.referenced(entity, joinColumns, a, label);
    if (referenced.isEmpty() || referenced.get().isEmpty()) {
      return Optional.empty(); // reported, or the key entity's missing id is
    }
    if (referenced.get().size() != 1) {
      ctx.problem(
          a.position(),
          Diagnostics.UnsupportedMapping,
          "a map keyed by an entity with a composite key ('" + entity.name() + "')",
          label,
          "Key the map by a basic value, or map the association from the other side.");
      return Optional.empty();
    }
    KeyColumn ref = referenced.get().get(0);
    Optional<AnnotationData> mk = joinColumns.stream().findFirst();
    String logical =
        mk.map(m -> m.string("name"))
            .filter(n -> !n.isBlank())
            .orElse(ctx.names.implicit(a.name(), "_KEY"));
    String name = ctx.names.column(logical, "Attribute '" + label + "'", a.position());
    addKeyColumn(a, label, table, new Column(name, ref.type(), false, null, false, false), logical);
    Optional<AnnotationData> container =
        a.jpa("MapKeyJoinColumns").flatMap(m -> m.annotation("foreignKey"));
    Optional<AnnotationData> fk =
        container.filter(JoinColumns::isSet).or(() -> mk.flatMap(m -> m.annotation("foreignKey")));
    if (names(referenced.get()).equals(names(entity.keyColumns))) {
      associations.foreignKey(table, List.of(name), entity, referenced.get(), fk);
    }
    return Optional.of(name);
  }

  private static List<String> names(List<KeyColumn> columns) {
    return columns.stream().map(KeyColumn::name).toList();
  }

  private static void addKeyColumn(
      AttributeModel a, String label, TableBuilder table, Column column, String logical) {
    table.addColumn(column, new TableBuilder.ColumnOwner(label, a.position(), false), logical);
  }
}
