package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.TypeRef;
import dev.keel.processor.validate.Diagnostics;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The inverse ({@code mappedBy}) side of associations: it adds nothing, but must name an owner. */
final class Inverses {

  private Inverses() {}

  /**
   * Checks that {@code mappedBy} names an attribute of the target entity (a dotted path may go into
   * an embeddable); reports it otherwise.
   */
  static void check(
      MappingContext ctx, AttributeModel a, AnnotationData relation, String label, TypeRef type) {
    String mappedBy = relation.string("mappedBy");
    String targetName = AttributeKind.targetName(a, type);
    Optional<MappedEntity> target = ctx.entity(targetName);
    if (target.isEmpty()) {
      ctx.problem(
          a.position(),
          Diagnostics.RelationTargetNotEntity,
          label,
          AttributeKind.relationName(a),
          targetName);
      return;
    }
    String first = mappedBy.contains(".") ? mappedBy.substring(0, mappedBy.indexOf('.')) : mappedBy;
    List<AttributeModel> attributes = target.get().allAttributes();
    boolean found = attributes.stream().anyMatch(x -> x.name().equals(first));
    if (!found) {
      String candidates =
          attributes.stream()
              .filter(x -> x.has("ManyToOne") || x.has("OneToOne") || x.has("ManyToMany"))
              .map(AttributeModel::name)
              .collect(Collectors.joining(", "));
      ctx.problem(
          relation.positionOf("mappedBy"),
          Diagnostics.MappedByUnknown,
          AttributeKind.relationName(a),
          mappedBy,
          label,
          target.get().name(),
          candidates.isEmpty() ? "it has no relationship attributes" : candidates);
    }
  }

  /**
   * The attribute of {@code target} that is the inverse side ({@code mappedBy = attribute}) of a
   * many-to-many, if any: it names the owner's join-table column.
   */
  static Optional<AttributeModel> inverseOf(MappedEntity target, String attribute) {
    return target.allAttributes().stream()
        .filter(
            x -> x.jpa("ManyToMany").map(m -> m.string("mappedBy").equals(attribute)).orElse(false))
        .findFirst();
  }
}
