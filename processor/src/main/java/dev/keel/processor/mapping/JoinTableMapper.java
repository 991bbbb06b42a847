package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.TypeRef;
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

  private List<String> keyColumns(
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

  /** Primary key and unique constraints of a join table, by collection semantics (7.4). */
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
        pk.add(CollectionMapper.mapKeyColumn(ctx, a, label, table));
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
}
