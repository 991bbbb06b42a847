package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.validate.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code @AttributeOverride}s and {@code @AssociationOverride}s that apply to an embedded value.
 * Overrides are written at several levels (the entity, the embedded attribute, a nested embedded
 * attribute inside an embeddable); a view looks them up by attribute path relative to the value it
 * maps, outer levels first, and remembers which were used so that an override naming nothing is
 * reported.
 */
final class Overrides {

  private static final String JPA = "jakarta.persistence.";

  /** Overrides written on one element. */
  private static final class Scope {
    final Map<String, AnnotationData> columns = new TreeMap<>();
    final Map<String, AnnotationData> associations = new TreeMap<>();
    final Set<String> used = new TreeSet<>();
    final String owner;

    Scope(String owner) {
      this.owner = owner;
    }
  }

  private record View(Scope scope, String prefix) {}

  private final List<View> views;

  private Overrides(List<View> views) {
    this.views = List.copyOf(views);
  }

  static Overrides none() {
    return new Overrides(List.of());
  }

  /**
   * The overrides written on an element ({@code owner} names it in messages); a second override of
   * the same path with another column is reported.
   */
  static Overrides of(Map<String, AnnotationData> annotations, String owner, MappingContext ctx) {
    Scope scope = new Scope(owner);
    for (AnnotationData o : AnnotationData.repeatable(annotations, JPA + "AttributeOverride")) {
      put(scope.columns, o, "AttributeOverride", owner, ctx);
    }
    for (AnnotationData o : AnnotationData.repeatable(annotations, JPA + "AssociationOverride")) {
      put(scope.associations, o, "AssociationOverride", owner, ctx);
    }
    return scope.columns.isEmpty() && scope.associations.isEmpty()
        ? none()
        : new Overrides(List.of(new View(scope, "")));
  }

  private static void put(
      Map<String, AnnotationData> into,
      AnnotationData o,
      String kind,
      String owner,
      MappingContext ctx) {
    String path = o.string("name");
    AnnotationData existing = into.get(path);
    if (existing != null && !existing.values().equals(o.values())) {
      ctx.problem(o.positionOf("name"), Diagnostics.ConflictingOverrides, kind, path, owner);
      return;
    }
    into.put(path, o);
  }

  /** This view seen from inside the embedded attribute {@code attribute}. */
  Overrides within(String attribute) {
    List<View> inner = new ArrayList<>();
    for (View v : views) {
      inner.add(new View(v.scope(), v.prefix() + attribute + "."));
    }
    return new Overrides(inner);
  }

  /** Adds overrides written closer to the value; the ones already here win. */
  Overrides withInner(Overrides inner) {
    List<View> all = new ArrayList<>(views);
    all.addAll(inner.views);
    return new Overrides(all);
  }

  /** The overriding {@code @Column} for the basic value at {@code path}. */
  Optional<AnnotationData> column(String path) {
    for (View v : views) {
      String full = v.prefix() + path;
      AnnotationData o = v.scope().columns.get(full);
      if (o != null) {
        v.scope().used.add(full);
        return o.annotation("column");
      }
    }
    return Optional.empty();
  }

  /** The overriding join columns for the association at {@code path}. */
  Optional<List<AnnotationData>> joinColumns(String path) {
    for (View v : views) {
      String full = v.prefix() + path;
      AnnotationData o = v.scope().associations.get(full);
      if (o != null) {
        v.scope().used.add(full);
        return Optional.of(o.annotations("joinColumns"));
      }
    }
    return Optional.empty();
  }

  /**
   * Reports every override of this view's own scope that nothing used; {@code target} and {@code
   * known} say what it could have named.
   */
  void reportUnused(MappingContext ctx, String target, List<String> known) {
    if (views.isEmpty()) {
      return;
    }
    Scope scope = views.get(0).scope();
    report(ctx, scope, scope.columns, "AttributeOverride", target, known);
    report(ctx, scope, scope.associations, "AssociationOverride", target, known);
  }

  private static void report(
      MappingContext ctx,
      Scope scope,
      Map<String, AnnotationData> entries,
      String kind,
      String target,
      List<String> known) {
    entries.forEach(
        (path, o) -> {
          if (!scope.used.contains(path)) {
            ctx.problem(
                o.positionOf("name"),
                Diagnostics.UnknownOverride,
                kind,
                path,
                scope.owner,
                target,
                String.join(", ", known));
          }
        });
  }
}
