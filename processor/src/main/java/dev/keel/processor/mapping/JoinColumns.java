package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import java.util.List;
import java.util.Optional;

/** Reading {@code @JoinColumn}s and the foreign-key settings that go with them. */
final class JoinColumns {

  private JoinColumns() {}

  /** The attribute's {@code @JoinColumns} or {@code @JoinColumn}s, in order. */
  static List<AnnotationData> of(AttributeModel a) {
    return AnnotationData.repeatable(a.annotations(), "jakarta.persistence.JoinColumn");
  }

  /** The {@code @ForeignKey} in force: the container's, else the first join column's. */
  static Optional<AnnotationData> foreignKey(AttributeModel a, List<AnnotationData> columns) {
    Optional<AnnotationData> container =
        a.jpa("JoinColumns").flatMap(j -> j.annotation("foreignKey"));
    if (container.isPresent() && isSet(container.get())) {
      return container;
    }
    return columns.isEmpty() ? Optional.empty() : columns.get(0).annotation("foreignKey");
  }

  /** Whether a {@code @ForeignKey} says anything (a name, or a constraint mode). */
  static boolean isSet(AnnotationData foreignKey) {
    return !foreignKey.string("name").isBlank()
        || !"PROVIDER_DEFAULT".equals(foreignKey.string("value"));
  }

  /** Whether the {@code @ForeignKey} asks for no constraint. */
  static boolean noConstraint(Optional<AnnotationData> foreignKey) {
    return foreignKey.map(f -> "NO_CONSTRAINT".equals(f.string("value"))).orElse(false);
  }

  /** The explicit constraint name, or empty. */
  static String name(Optional<AnnotationData> foreignKey) {
    return foreignKey.map(f -> f.string("name")).orElse("");
  }
}
