package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.entity.TypeRef;
import dev.keel.processor.validate.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flattens an embeddable into its owner's table (or a collection table): its basic attributes
 * become columns named as written, with no prefix, unless an override renames them; nested
 * embeddables and to-one associations inside it are mapped in place.
 */
final class EmbeddableMapper {

  /**
   * One column an embeddable contributed.
   *
   * @param path the attribute path inside the embeddable, {@code address.street}
   * @param column the column's DDL name
   * @param implicitNotNull see {@link ColumnMapper.Mapped#implicitNotNull()}
   */
  record Flattened(String path, String column, boolean implicitNotNull) {}

  private final MappingContext ctx;
  private final ColumnMapper columns;
  private final AssociationMapper associations;

  /** The position keys of embedded attributes that lead back into an embeddable they are in. */
  private final Set<String> cycles = new HashSet<>();

  EmbeddableMapper(MappingContext ctx, ColumnMapper columns, AssociationMapper associations) {
    this.ctx = ctx;
    this.columns = columns;
    this.associations = associations;
    for (EntityModel type : ctx.scan.types().values()) {
      if (type.kind() == EntityModel.Kind.EMBEDDABLE) {
        findCycles(type, new ArrayList<>(List.of(type.qualifiedName())));
      }
    }
  }

  /**
   * Reports each embedded attribute that leads back into an embeddable on {@code path} (it would
   * need endless columns), once, and remembers it so that mapping leaves it out.
   */
  private void findCycles(EntityModel embeddable, List<String> path) {
    for (AttributeModel a : embeddable.attributes()) {
      Optional<EntityModel> inner =
          AttributeKind.of(a) == AttributeKind.EMBEDDED
              ? ctx.embeddable(a.type().name())
              : Optional.empty();
      if (inner.isEmpty() || cycles.contains(a.position())) {
        continue;
      }
      if (path.contains(inner.get().qualifiedName())) {
        cycles.add(a.position());
        ctx.problem(
            a.position(),
            Diagnostics.EmbeddableCycle,
            inner.get().simpleName(),
            embeddable.simpleName() + "." + a.name());
      } else {
        path.add(inner.get().qualifiedName());
        findCycles(inner.get(), path);
        path.remove(path.size() - 1);
      }
    }
  }

  /**
   * Maps every attribute of {@code embeddable} into {@code table}.
   *
   * @param overrides the overrides in force, as seen from this embeddable
   * @param context where the embedded value sits: in an entity, an id, a SINGLE_TABLE subclass or a
   *     collection table
   * @param validation whether Bean Validation DDL applies inside ({@code @Valid} on the way in)
   */
  List<Flattened> flatten(
      MappedEntity owner,
      EntityModel embeddable,
      String label,
      Overrides overrides,
      TableBuilder table,
      ColumnMapper.Context context,
      boolean validation) {
    return flatten(owner, embeddable, label, overrides, table, context, validation, "");
  }

  /** As {@link #flatten}, leaving out the attribute {@code skip} (a {@code @MapsId} part). */
  List<Flattened> flatten(
      MappedEntity owner,
      EntityModel embeddable,
      String label,
      Overrides overrides,
      TableBuilder table,
      ColumnMapper.Context context,
      boolean validation,
      String skip) {
    List<Flattened> result = new ArrayList<>();
    ColumnMapper.Context inner =
        context == ColumnMapper.Context.ENTITY ? ColumnMapper.Context.EMBEDDED : context;
    for (AttributeModel a : embeddable.attributes()) {
      if (a.name().equals(skip)) {
        continue;
      }
      String attributeLabel = label + "." + a.name();
      switch (AttributeKind.of(a)) {
        case BASIC:
          basic(a, attributeLabel, overrides, table, inner, validation, result);
          break;
        case EMBEDDED:
          if (!cycles.contains(a.position())) {
            nested(owner, a, attributeLabel, overrides, table, context, validation, result);
          }
          break;
        case TO_ONE:
          toOne(owner, a, attributeLabel, overrides, table, inner, result);
          break;
        case NONE:
          break;
        default:
          reportUnsupported(a, attributeLabel);
      }
    }
    return result;
  }

  private void reportUnsupported(AttributeModel a, String label) {
    ctx.problem(
        a.position(),
        Diagnostics.UnsupportedMapping,
        "a collection or entity reference of this kind inside an embeddable",
        label,
        "Map it on the entity instead.");
  }

  /**
   * Whether {@code embeddable} can be mapped where {@code a} uses it as {@code use}. A generic
   * embeddable given type arguments ({@code Range<Integer>}) cannot: Keel reads an embeddable once,
   * with its type variables at their bounds (reported).
   */
  boolean mappable(AttributeModel a, String label, TypeRef use, EntityModel embeddable) {
    boolean generic =
        embeddable.attributes().stream()
            .anyMatch(x -> x.type().kind() == TypeRef.Kind.TYPE_VARIABLE);
    if (!generic || use.arguments().isEmpty()) {
      return true;
    }
    ctx.problem(
        a.position(),
        Diagnostics.UnsupportedMapping,
        "a generic embeddable with type arguments ('" + embeddable.simpleName() + "')",
        label,
        "Give the embeddable's attributes concrete types, for example one embeddable per type"
            + " argument.");
    return false;
  }

  /** Maps a basic attribute of the embeddable to its column, adding it to {@code into}. */
  private void basic(
      AttributeModel a,
      String label,
      Overrides overrides,
      TableBuilder table,
      ColumnMapper.Context inner,
      boolean validation,
      List<Flattened> into) {
    Optional<AnnotationData> column = overrides.column(a.name()).or(() -> a.jpa("Column"));
    columns
        .map(
            new ColumnMapper.Source(a, a.type(), label, column, inner, validation, validation),
            table)
        .ifPresent(m -> into.add(new Flattened(a.name(), m.name(), m.implicitNotNull())));
  }

  /**
   * Maps a to-one association of the embeddable, adding its foreign-key columns to {@code into}.
   */
  private void toOne(
      MappedEntity owner,
      AttributeModel a,
      String label,
      Overrides overrides,
      TableBuilder table,
      ColumnMapper.Context inner,
      List<Flattened> into) {
    List<AnnotationData> joinColumns = overrides.joinColumns(a.name()).orElse(JoinColumns.of(a));
    associations
        .toOne(owner, a, label, table, joinColumns, inner)
        .ifPresent(
            t ->
                t.columns()
                    .forEach(c -> into.add(new Flattened(a.name(), c, t.implicitNotNull()))));
  }

  private void nested(
      MappedEntity owner,
      AttributeModel a,
      String label,
      Overrides overrides,
      TableBuilder table,
      ColumnMapper.Context context,
      boolean validation,
      List<Flattened> into) {
    Optional<EntityModel> type = ctx.embeddable(a.type().name());
    if (type.isEmpty()) {
      ctx.problem(a.position(), Diagnostics.UnmappableType, label, a.type().name());
      return;
    }
    if (!mappable(a, label, a.type(), type.get())) {
      return;
    }
    Overrides own = Overrides.of(a.annotations(), label, ctx);
    Overrides view = overrides.within(a.name()).withInner(own);
    for (Flattened f :
        flatten(
            owner,
            type.get(),
            label,
            view,
            table,
            context,
            validation && BeanValidation.cascaded(a))) {
      into.add(new Flattened(a.name() + "." + f.path(), f.column(), f.implicitNotNull()));
    }
    own.reportUnused(ctx, type.get().simpleName(), paths(ctx, type.get()));
  }

  /** Every attribute path of an embeddable, nested ones included, for messages. */
  static List<String> paths(MappingContext ctx, EntityModel embeddable) {
    return paths(ctx, embeddable, new HashSet<>(Set.of(embeddable.qualifiedName())));
  }

  /** The paths, not going into an embeddable that {@code within} already holds (a cycle). */
  private static List<String> paths(
      MappingContext ctx, EntityModel embeddable, Set<String> within) {
    List<String> result = new ArrayList<>();
    for (AttributeModel a : embeddable.attributes()) {
      result.add(a.name());
      Optional<EntityModel> inner =
          AttributeKind.of(a) == AttributeKind.EMBEDDED
              ? ctx.embeddable(a.type().name())
              : Optional.empty();
      if (inner.isPresent() && within.add(inner.get().qualifiedName())) {
        paths(ctx, inner.get(), within).forEach(p -> result.add(a.name() + "." + p));
        within.remove(inner.get().qualifiedName());
      }
    }
    return result;
  }
}
