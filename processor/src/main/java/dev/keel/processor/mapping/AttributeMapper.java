package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the non-key attributes of an entity: basic columns, embedded values, to-one foreign keys,
 * to-many join tables and element collections, natural ids; and remembers which columns a
 * SINGLE_TABLE subclass would have made not null (they get a check instead).
 */
final class AttributeMapper {

  /** A column of a SINGLE_TABLE subclass that Hibernate guards with a check. */
  record SubclassNotNull(MappedEntity subclass, String attribute, String column) {}

  private final MappingContext ctx;
  private final ColumnMapper columns;
  private final AssociationMapper associations;
  private final EmbeddableMapper embeddables;
  private final JoinTableMapper joinTables;
  private final CollectionMapper collections;
  private final KeyMapper keys;
  final List<SubclassNotNull> subclassNotNull = new ArrayList<>();
  private final java.util.Map<MappedEntity, Overrides> overrides = new java.util.HashMap<>();

  AttributeMapper(
      MappingContext ctx,
      ColumnMapper columns,
      AssociationMapper associations,
      EmbeddableMapper embeddables,
      JoinTableMapper joinTables,
      CollectionMapper collections,
      KeyMapper keys) {
    this.ctx = ctx;
    this.columns = columns;
    this.associations = associations;
    this.embeddables = embeddables;
    this.joinTables = joinTables;
    this.collections = collections;
    this.keys = keys;
  }

  /** Which attributes a pass maps. */
  enum Pass {
    /** Basic and embedded values: the columns other mappings may name. */
    COLUMNS,
    /** Associations and collections, which may reference those columns. */
    ASSOCIATIONS
  }

  /** Maps the attributes of {@code e} that belong to {@code pass}. */
  void map(MappedEntity e, Pass pass) {
    if (e.table == null) {
      return;
    }
    ColumnMapper.Context context =
        e.inSingleTableSubclass()
            ? ColumnMapper.Context.SINGLE_TABLE_SUBCLASS
            : ColumnMapper.Context.ENTITY;
    boolean validation = ctx.options.beanValidation();
    Overrides classOverrides =
        overrides.computeIfAbsent(e, x -> Overrides.of(x.model.annotations(), x.name(), ctx));
    for (AttributeModel a : e.tableAttributes()) {
      if (keys.isKeyAttribute(a, e) || a.has("Id") || a.has("EmbeddedId")) {
        continue;
      }
      AttributeKind kind = AttributeKind.of(a);
      boolean columnPass = kind == AttributeKind.BASIC || kind == AttributeKind.EMBEDDED;
      if (columnPass != (pass == Pass.COLUMNS)) {
        continue;
      }
      List<String> mapped = new ArrayList<>();
      ctx.guarded(
          a.position(), () -> mapped.addAll(attribute(e, a, context, validation, classOverrides)));
      if (a.annotation(HibernateAnnotations.NATURAL_ID).isPresent()) {
        naturalIds.computeIfAbsent(e, x -> new ArrayList<>()).addAll(mapped);
      }
    }
    if (pass == Pass.ASSOCIATIONS) {
      List<String> naturalId = naturalIds.getOrDefault(e, List.of());
      if (!naturalId.isEmpty()) {
        e.table.addUnique(new UniqueConstraint(Constraints.unique(e.table, naturalId), naturalId));
      }
      List<String> known = e.allAttributes().stream().map(AttributeModel::name).toList();
      classOverrides.reportUnused(ctx, e.name(), known);
    }
  }

  private final java.util.Map<MappedEntity, List<String>> naturalIds = new java.util.HashMap<>();

  private List<String> attribute(
      MappedEntity e,
      AttributeModel a,
      ColumnMapper.Context context,
      boolean validation,
      Overrides classOverrides) {
    String label = e.name() + "." + a.name();
    switch (AttributeKind.of(a)) {
      case BASIC:
        return basic(e, a, label, context, validation, classOverrides);
      case EMBEDDED:
        return embedded(e, a, label, context, validation, classOverrides);
      case TO_ONE:
        return toOne(e, a, label, context, classOverrides);
      case ONE_TO_MANY:
      case MANY_TO_MANY:
        joinTables.map(e, a, label);
        return List.of();
      case ELEMENT_COLLECTION:
        collections.map(e, a, label);
        return List.of();
      case ENTITY_WITHOUT_RELATION:
        ctx.problem(a.position(), Diagnostics.EntityWithoutRelation, label, a.type().name());
        return List.of();
      case COLLECTION_WITHOUT_MAPPING:
        ctx.problem(a.position(), Diagnostics.CollectionWithoutMapping, label);
        return List.of();
      default:
        return List.of();
    }
  }

  /** Maps a basic attribute to its column; returns the column's name, if one was added. */
  private List<String> basic(
      MappedEntity e,
      AttributeModel a,
      String label,
      ColumnMapper.Context context,
      boolean validation,
      Overrides classOverrides) {
    Optional<AnnotationData> column = classOverrides.column(a.name()).or(() -> a.jpa("Column"));
    return columns
        .map(
            new ColumnMapper.Source(a, a.type(), label, column, context, validation, validation),
            e.table)
        .map(
            m -> {
              if (m.implicitNotNull()) {
                subclassNotNull.add(new SubclassNotNull(e, a.name(), m.name()));
              }
              return List.of(m.name());
            })
        .orElse(List.of());
  }

  /** Maps a to-one association to its foreign-key columns; returns their names. */
  private List<String> toOne(
      MappedEntity e,
      AttributeModel a,
      String label,
      ColumnMapper.Context context,
      Overrides classOverrides) {
    List<AnnotationData> joinColumns =
        classOverrides.joinColumns(a.name()).orElse(JoinColumns.of(a));
    return associations
        .toOne(e, a, label, e.table, joinColumns, context)
        .map(
            t -> {
              if (t.implicitNotNull()) {
                t.columns().forEach(c -> subclassNotNull.add(new SubclassNotNull(e, a.name(), c)));
              }
              return t.columns();
            })
        .orElse(List.of());
  }

  private List<String> embedded(
      MappedEntity e,
      AttributeModel a,
      String label,
      ColumnMapper.Context context,
      boolean validation,
      Overrides classOverrides) {
    Optional<EntityModel> type = ctx.embeddable(a.type().name());
    if (type.isEmpty()) {
      ctx.problem(a.position(), Diagnostics.UnmappableType, label, a.type().name());
      return List.of();
    }
    if (!embeddables.mappable(a, label, a.type(), type.get())) {
      return List.of();
    }
    Overrides own = Overrides.of(a.annotations(), label, ctx);
    Overrides view = classOverrides.within(a.name()).withInner(own);
    List<String> result = new ArrayList<>();
    for (EmbeddableMapper.Flattened f :
        embeddables.flatten(
            e,
            type.get(),
            label,
            view,
            e.table,
            context,
            validation && BeanValidation.cascaded(a))) {
      // Hibernate's subclass check leaves embedded (composite) attributes out
      result.add(f.column());
    }
    own.reportUnused(ctx, type.get().simpleName(), EmbeddableMapper.paths(ctx, type.get()));
    return result;
  }
}
