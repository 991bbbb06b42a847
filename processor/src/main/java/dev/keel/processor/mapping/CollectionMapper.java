package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.entity.TypeRef;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code @ElementCollection}s: a collection table keyed by the owner, holding basic values or an
 * embeddable's columns, with a map key or list index column where the collection has one
 * (hibernate-postgresql-ddl.md §4.1, §6).
 */
final class CollectionMapper {

  private final MappingContext ctx;
  private final ColumnMapper columns;
  private final AssociationMapper associations;
  private final EmbeddableMapper embeddables;
  private final JoinTableMapper joinTables;

  CollectionMapper(
      MappingContext ctx,
      ColumnMapper columns,
      AssociationMapper associations,
      EmbeddableMapper embeddables,
      JoinTableMapper joinTables) {
    this.ctx = ctx;
    this.columns = columns;
    this.associations = associations;
    this.embeddables = embeddables;
    this.joinTables = joinTables;
  }

  /** Maps an element collection of {@code owner}. */
  void map(MappedEntity owner, AttributeModel a, String label) {
    if (owner.table == null || owner.keyColumns.isEmpty()) {
      return; // an owner without a key is reported as MissingId
    }
    Optional<TypeRef> element = CollectionKind.elementType(a);
    if (element.isEmpty()) {
      ctx.problem(a.position(), Diagnostics.UnmappableType, label, a.type().name());
      return;
    }
    Optional<AnnotationData> ct = a.jpa("CollectionTable");
    Optional<TableBuilder> created = newCollectionTable(owner, a, label, ct);
    if (created.isEmpty()) {
      return;
    }
    TableBuilder table = created.get();
    List<String> ownerColumns =
        joinTables.keyColumns(
            table,
            owner.keyColumns,
            ct.map(c -> c.annotations("joinColumns")).orElse(List.of()),
            owner.entityName(),
            label);
    List<String> values = values(owner, a, label, table, element.get());
    keys(a, label, table, ownerColumns, values);
    associations.foreignKey(
        table, ownerColumns, owner, owner.keyColumns, ct.flatMap(c -> c.annotation("foreignKey")));
  }

  /**
   * Creates the collection table, named by {@code @CollectionTable} or else {@code
   * <entity>_<attribute>}; empty if it could not be created (reported).
   */
  private Optional<TableBuilder> newCollectionTable(
      MappedEntity owner, AttributeModel a, String label, Optional<AnnotationData> ct) {
    String implicit = ctx.names.implicit(owner.entityName(), "_", a.name());
    String written = ct.map(c -> c.string("name")).filter(n -> !n.isBlank()).orElse(implicit);
    String position =
        ct.filter(c -> c.isSet("name")).map(c -> c.positionOf("name")).orElse(a.position());
    String name = ctx.names.table(written, "Attribute '" + label + "'", position);
    String schema =
        ctx.namespace(
            ct.map(c -> c.string("schema")).orElse(""), "Attribute '" + label + "'", position);
    return ctx.newTable(new TableBuilder(schema, name, label, a.position()), a.position(), label);
  }

  /**
   * The collection table's primary key (owner and map key or list index), or for a set a unique
   * constraint over the owner and value columns.
   */
  private void keys(
      AttributeModel a,
      String label,
      TableBuilder table,
      List<String> ownerColumns,
      List<String> values) {
    CollectionKind kind = CollectionKind.of(a);
    List<String> pk = new ArrayList<>();
    if (kind == CollectionKind.MAP) {
      pk.addAll(ownerColumns);
      joinTables.mapKeyColumn(a, label, table).ifPresent(pk::add);
    } else if (kind == CollectionKind.INDEXED_LIST) {
      pk.addAll(ownerColumns);
      pk.add(joinTables.orderColumn(a, label, table, true));
    } else if (kind == CollectionKind.SET && !values.isEmpty()) {
      List<String> unique = new ArrayList<>(ownerColumns);
      unique.addAll(values);
      table.addUnique(new UniqueConstraint(Constraints.unique(table, unique), unique));
    }
    if (!pk.isEmpty()) {
      table.primaryKey(Constraints.primaryKey(table, pk));
    }
  }

  /** The value columns: one basic column, or an embeddable's columns in attribute-name order. */
  private List<String> values(
      MappedEntity owner, AttributeModel a, String label, TableBuilder table, TypeRef element) {
    Optional<EntityModel> embeddable = ctx.embeddable(element.name());
    if (embeddable.isPresent()) {
      return embeddables.mappable(a, label, element, embeddable.get())
          ? embeddableValues(owner, a, label, table, embeddable.get())
          : List.of();
    }
    if (element.hasJpa("Entity")) {
      ctx.problem(
          a.position(),
          Diagnostics.UnsupportedMapping,
          "an @ElementCollection of entities ('" + element.simpleName() + "')",
          label,
          "Use @OneToMany or @ManyToMany.");
      return List.of();
    }
    return columns
        .map(
            new ColumnMapper.Source(
                a,
                element,
                label,
                a.jpa("Column"),
                ColumnMapper.Context.COLLECTION_VALUE,
                false,
                false),
            table)
        .map(m -> List.of(m.name()))
        .orElse(List.of());
  }

  /**
   * The columns of an embeddable value, in attribute-path order; a map's value sees the overrides
   * written for {@code value.<attribute>}.
   */
  private List<String> embeddableValues(
      MappedEntity owner, AttributeModel a, String label, TableBuilder table, EntityModel type) {
    boolean map = a.type().isA("java.util.Map");
    Overrides overrides = Overrides.of(a.annotations(), label, ctx);
    Overrides view = map ? overrides.within("value") : overrides;
    List<EmbeddableMapper.Flattened> flat =
        embeddables.flatten(
            owner, type, label, view, table, ColumnMapper.Context.COLLECTION_VALUE, false);
    overrides.reportUnused(ctx, type.simpleName(), EmbeddableMapper.paths(ctx, type));
    return flat.stream()
        .sorted(java.util.Comparator.comparing(EmbeddableMapper.Flattened::path))
        .map(EmbeddableMapper.Flattened::column)
        .toList();
  }
}
