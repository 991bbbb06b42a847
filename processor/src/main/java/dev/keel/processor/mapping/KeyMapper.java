package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Primary keys: simple and composite ids ({@code @Id}s with {@code @IdClass}, {@code @EmbeddedId}),
 * derived ids ({@code @Id} on a to-one, {@code @MapsId}), and the keys of subclass tables (JOINED:
 * the parent's key, also a foreign key to it). Entities whose key depends on another entity's key
 * are mapped after it.
 */
final class KeyMapper {

  private final MappingContext ctx;
  private final ColumnMapper columns;
  private final AssociationMapper associations;
  private final EmbeddableMapper embeddables;
  private final IdMapper ids;
  private final Set<String> keyAttributes = new HashSet<>();

  KeyMapper(
      MappingContext ctx,
      ColumnMapper columns,
      AssociationMapper associations,
      EmbeddableMapper embeddables,
      IdMapper ids) {
    this.ctx = ctx;
    this.columns = columns;
    this.associations = associations;
    this.embeddables = embeddables;
    this.ids = ids;
  }

  /** Whether an attribute (by position key) was mapped as part of a key. */
  boolean isKeyAttribute(AttributeModel a, MappedEntity e) {
    return keyAttributes.contains(e.model.qualifiedName() + "|" + a.position());
  }

  /** Maps the key of every entity, in dependency order. */
  void mapAll() {
    List<MappedEntity> pending = new ArrayList<>(ctx.entities.values());
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (MappedEntity e : new ArrayList<>(pending)) {
        if (ready(e)) {
          if (!ctx.guarded(e.model.position(), () -> map(e))) {
            e.keyColumns = List.of();
          }
          pending.remove(e);
          progress = true;
        }
      }
      if (!progress) {
        for (MappedEntity e : pending) {
          ctx.problem(
              e.model.position(),
              Diagnostics.UnsupportedMapping,
              "a cycle of derived identities (@MapsId or @Id on a relationship)",
              e.name(),
              "Give one of the entities in the cycle an id of its own.");
          e.keyColumns = List.of();
        }
        return;
      }
    }
  }

  private boolean ready(MappedEntity e) {
    if (!e.isRoot() && e.strategy != MappedEntity.Strategy.TABLE_PER_CLASS) {
      return e.parent.keyColumns != null;
    }
    for (AttributeModel a : keySource(e)) {
      if ((a.has("MapsId") || a.has("Id")) && AttributeKind.of(a) == AttributeKind.TO_ONE) {
        Optional<MappedEntity> target = ctx.entity(AttributeKind.targetName(a, a.type()));
        if (target.isPresent() && target.get() != e && target.get().keyColumns == null) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<AttributeModel> keySource(MappedEntity e) {
    return e.strategy == MappedEntity.Strategy.TABLE_PER_CLASS
        ? e.allAttributes()
        : e.model.attributes();
  }

  private void map(MappedEntity e) {
    if (e.inSingleTableSubclass()) {
      e.keyColumns = e.root.keyColumns;
      return;
    }
    if (e.strategy == MappedEntity.Strategy.JOINED && !e.isRoot()) {
      joinedSubclass(e);
      return;
    }
    TableBuilder table =
        e.table != null
            ? e.table
            : new TableBuilder(
                "", SchemaMapper.logicalTableName(e.model), e.name(), e.model.position());
    List<String> pk = rootKey(e, table);
    if (pk.isEmpty()) {
      e.keyColumns = List.of();
      return;
    }
    table.primaryKey(Constraints.primaryKey(table, pk));
    List<KeyColumn> keys = new ArrayList<>();
    for (String c : table.primaryKey().columns()) {
      keys.add(AssociationMapper.keyColumn(table.column(c).orElseThrow(), table));
    }
    e.keyColumns = keys;
  }

  private List<String> rootKey(MappedEntity e, TableBuilder table) {
    List<AttributeModel> source = keySource(e);
    Optional<AttributeModel> mapsId = mapsId(e, source);
    Optional<AttributeModel> embeddedId =
        source.stream().filter(a -> a.has("EmbeddedId")).findFirst();
    if (embeddedId.isPresent()) {
      return embeddedId(e, embeddedId.get(), mapsId, table);
    }
    List<AttributeModel> idAttributes = source.stream().filter(a -> a.has("Id")).toList();
    checkIdClass(e, idAttributes);
    Overrides classOverrides = Overrides.of(e.model.annotations(), e.name(), ctx);
    List<String> pk = new ArrayList<>();
    for (AttributeModel a : idAttributes) {
      keyAttributes.add(e.model.qualifiedName() + "|" + a.position());
      String label = e.name() + "." + a.name();
      if (AttributeKind.of(a) == AttributeKind.TO_ONE) {
        associations
            .toOne(e, a, label, table, JoinColumns.of(a), ColumnMapper.Context.ID)
            .ifPresent(t -> pk.addAll(t.columns()));
      } else if (mapsId.isPresent() && idAttributes.size() == 1) {
        pk.addAll(mapsIdColumns(e, mapsId.get(), table));
      } else {
        Optional<AnnotationData> column = classOverrides.column(a.name()).or(() -> a.jpa("Column"));
        columns
            .map(
                new ColumnMapper.Source(
                    a, a.type(), label, column, ColumnMapper.Context.ID, false, false),
                table)
            .ifPresent(
                m -> {
                  pk.add(m.name());
                  if (idAttributes.size() == 1) {
                    ids.generation(e, a, table, m.name());
                  }
                });
      }
    }
    return pk;
  }

  /**
   * The {@code @MapsId} relationship of the key, if any; {@code @MapsId} on an attribute that is no
   * {@code @ManyToOne} or {@code @OneToOne} is reported.
   */
  private Optional<AttributeModel> mapsId(MappedEntity e, List<AttributeModel> source) {
    Optional<AttributeModel> found = Optional.empty();
    for (AttributeModel a : source) {
      if (!a.has("MapsId")) {
        continue;
      }
      if (AttributeKind.of(a) != AttributeKind.TO_ONE) {
        ctx.problem(
            a.jpa("MapsId").orElseThrow().position(),
            Diagnostics.UnsupportedMapping,
            "@MapsId on an attribute that is not a @ManyToOne or @OneToOne",
            e.name() + "." + a.name(),
            "Put @MapsId on the relationship to the entity whose key this entity shares, or"
                + " remove it.");
      } else if (found.isEmpty()) {
        found = Optional.of(a);
      }
    }
    return found;
  }

  private List<String> mapsIdColumns(MappedEntity e, AttributeModel relation, TableBuilder table) {
    keyAttributes.add(e.model.qualifiedName() + "|" + relation.position());
    return associations
        .toOne(
            e,
            relation,
            e.name() + "." + relation.name(),
            table,
            JoinColumns.of(relation),
            ColumnMapper.Context.ID)
        .map(AssociationMapper.ToOne::columns)
        .orElse(List.of());
  }

  private List<String> embeddedId(
      MappedEntity e, AttributeModel id, Optional<AttributeModel> mapsId, TableBuilder table) {
    keyAttributes.add(e.model.qualifiedName() + "|" + id.position());
    String label = e.name() + "." + id.name();
    Optional<EntityModel> type = embeddedIdType(id, label);
    if (type.isEmpty()) {
      return List.of();
    }
    String replaced = mapsId.map(m -> m.jpa("MapsId").orElseThrow().string("value")).orElse("");
    List<String> paths = EmbeddableMapper.paths(ctx, type.get());
    if (!replaced.isEmpty() && !paths.contains(replaced)) {
      AnnotationData m = mapsId.get().jpa("MapsId").orElseThrow();
      ctx.problem(
          m.positionOf("value"),
          Diagnostics.MapsIdUnknown,
          replaced,
          e.name() + "." + mapsId.get().name(),
          label,
          String.join(", ", paths));
      return List.of();
    }
    Overrides own = Overrides.of(id.annotations(), label, ctx);
    Overrides view =
        Overrides.of(e.model.annotations(), e.name(), ctx).within(id.name()).withInner(own);
    List<String> pk = new ArrayList<>();
    for (EmbeddableMapper.Flattened f :
        embeddables.flatten(
            e, type.get(), label, view, table, ColumnMapper.Context.ID, false, replaced)) {
      pk.add(f.column());
    }
    own.reportUnused(ctx, type.get().simpleName(), paths);
    if (mapsId.isPresent()) {
      pk.addAll(mapsIdColumns(e, mapsId.get(), table));
    }
    return pk;
  }

  /** The embeddable of an {@code @EmbeddedId}; empty if it cannot make a key (reported). */
  private Optional<EntityModel> embeddedIdType(AttributeModel id, String label) {
    if (!id.type().isResolved()) {
      return Optional.empty(); // javac reports it, and the validator names the attribute
    }
    Optional<EntityModel> type = ctx.embeddable(id.type().name());
    if (type.isEmpty() || type.get().attributes().isEmpty()) {
      ctx.problem(id.position(), Diagnostics.EmbeddedIdWithoutAttributes, label, id.type().name());
      return Optional.empty();
    }
    return embeddables.mappable(id, label, id.type(), type.get()) ? type : Optional.empty();
  }

  /** {@code @IdClass}: its attributes must be exactly the entity's {@code @Id} attributes. */
  private void checkIdClass(MappedEntity e, List<AttributeModel> idAttributes) {
    Optional<AnnotationData> idClass = e.model.jpa("IdClass");
    if (idClass.isEmpty()) {
      return;
    }
    String className = idClass.get().className("value").orElse("");
    Optional<EntityModel> type = ctx.scan.type(className);
    if (type.isEmpty()) {
      return;
    }
    String simple = type.get().simpleName();
    Set<String> fields = new HashSet<>();
    type.get().attributes().forEach(a -> fields.add(a.name()));
    Set<String> idNames = new HashSet<>();
    for (AttributeModel a : idAttributes) {
      idNames.add(a.name());
      if (!fields.contains(a.name())) {
        ctx.problem(
            idClass.get().positionOf("value"),
            Diagnostics.IdClassMissingField,
            simple,
            e.name(),
            a.name());
      }
    }
    for (AttributeModel f : type.get().attributes()) {
      if (!idNames.contains(f.name())) {
        ctx.problem(
            idClass.get().positionOf("value"),
            Diagnostics.IdClassExtraField,
            simple,
            e.name(),
            f.name());
      }
    }
  }

  /**
   * A JOINED subclass table: the parent's key (renamed by {@code @PrimaryKeyJoinColumn}), as FK.
   */
  private void joinedSubclass(MappedEntity e) {
    if (e.table == null) {
      e.keyColumns = List.of(); // its table clashed with another (reported as DuplicateTable)
      return;
    }
    List<AnnotationData> named =
        AnnotationData.repeatable(
            e.model.annotations(), "jakarta.persistence.PrimaryKeyJoinColumn");
    List<String> pk = new ArrayList<>();
    List<KeyColumn> parentKey = e.parent.keyColumns;
    for (int i = 0; i < parentKey.size(); i++) {
      KeyColumn ref = parentKey.get(i);
      String written = i < named.size() ? named.get(i).string("name") : "";
      String name =
          written.isBlank()
              ? ref.name()
              : ctx.names.column(
                  written, "Entity '" + e.name() + "'", named.get(i).positionOf("name"));
      e.table.addColumn(
          new Column(name, ref.type(), false, null, false, false),
          new TableBuilder.ColumnOwner(e.name() + " (key)", e.model.position(), false),
          name);
      pk.add(name);
    }
    if (pk.isEmpty()) {
      e.keyColumns = List.of();
      return;
    }
    e.table.primaryKey(Constraints.primaryKey(e.table, pk));
    Optional<AnnotationData> fk =
        named.isEmpty()
            ? e.model.jpa("PrimaryKeyJoinColumns").flatMap(p -> p.annotation("foreignKey"))
            : named.get(0).annotation("foreignKey");
    associations.foreignKey(e.table, pk, e.parent, parentKey, fk);
    List<KeyColumn> keys = new ArrayList<>();
    for (String c : e.table.primaryKey().columns()) {
      keys.add(AssociationMapper.keyColumn(e.table.column(c).orElseThrow(), e.table));
    }
    e.keyColumns = keys;
  }
}
