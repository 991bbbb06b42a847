package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.EntityModel;
import java.util.Optional;

/**
 * Links entities to their entity superclasses and decides each hierarchy's inheritance strategy
 * ({@code @Inheritance} on the root; SINGLE_TABLE when the root has subclasses and says nothing).
 */
final class Hierarchies {

  private Hierarchies() {}

  static void link(MappingContext ctx) {
    for (EntityModel model : ctx.scan.entities()) {
      ctx.entities.put(model.qualifiedName(), new MappedEntity(model));
    }
    for (MappedEntity e : ctx.entities.values()) {
      if (!e.model.superclass().isEmpty()) {
        e.parent = ctx.entities.get(e.model.superclass());
        if (e.parent != null) {
          e.parent.children.add(e);
        }
      }
    }
    for (MappedEntity e : ctx.entities.values()) {
      MappedEntity root = e;
      while (root.parent != null) {
        root = root.parent;
      }
      e.root = root;
    }
    for (MappedEntity e : ctx.entities.values()) {
      e.strategy = strategyOf(e.root);
    }
  }

  private static MappedEntity.Strategy strategyOf(MappedEntity root) {
    Optional<String> declared = root.model.jpa("Inheritance").map(a -> a.string("strategy"));
    if (declared.isEmpty() && root.children.isEmpty()) {
      return MappedEntity.Strategy.NONE;
    }
    switch (declared.orElse("SINGLE_TABLE")) {
      case "JOINED":
        return MappedEntity.Strategy.JOINED;
      case "TABLE_PER_CLASS":
        return MappedEntity.Strategy.TABLE_PER_CLASS;
      default:
        return MappedEntity.Strategy.SINGLE_TABLE;
    }
  }

  /** The root's {@code @DiscriminatorColumn}, if any. */
  static Optional<AnnotationData> discriminatorColumn(MappedEntity root) {
    return root.model.jpa("DiscriminatorColumn");
  }
}
