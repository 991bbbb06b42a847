package dev.keel.processor.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One persistent attribute (a field, or a getter under property access) as written in the source.
 *
 * @param name the attribute name ({@code fullName})
 * @param declaringType the qualified name of the class that declares it (an entity, mapped
 *     superclass or embeddable)
 * @param type its Java type, with type variables resolved against the owning entity
 * @param annotations its annotations by qualified name
 * @param position its source position key
 */
public record AttributeModel(
    String name,
    String declaringType,
    TypeRef type,
    Map<String, AnnotationData> annotations,
    String position) {

  /** The annotations that may name their target with {@code targetEntity}/{@code targetClass}. */
  private static final List<String> RELATIONS =
      List.of(
          "jakarta.persistence.ManyToOne",
          "jakarta.persistence.OneToOne",
          "jakarta.persistence.OneToMany",
          "jakarta.persistence.ManyToMany",
          "jakarta.persistence.ElementCollection");

  public AttributeModel {
    annotations = java.util.Collections.unmodifiableMap(new TreeMap<>(annotations));
  }

  /** The annotation {@code jakarta.persistence.<simpleName>}, if present. */
  public Optional<AnnotationData> jpa(String simpleName) {
    return Optional.ofNullable(annotations.get("jakarta.persistence." + simpleName));
  }

  /** Whether {@code jakarta.persistence.<simpleName>} is present. */
  public boolean has(String simpleName) {
    return annotations.containsKey("jakarta.persistence." + simpleName);
  }

  /**
   * The target type the attribute's relationship or element collection names: its {@code
   * targetEntity} or {@code targetClass}, unless left at {@code void}.
   */
  public Optional<String> declaredTarget() {
    return declaredTarget(annotations);
  }

  /** {@link #declaredTarget()} of an attribute with these annotations, before it is built. */
  static Optional<String> declaredTarget(Map<String, AnnotationData> annotations) {
    for (String relation : RELATIONS) {
      AnnotationData d = annotations.get(relation);
      if (d != null) {
        return d.className("targetEntity")
            .or(() -> d.className("targetClass"))
            .filter(n -> !n.equals("void"));
      }
    }
    return Optional.empty();
  }

  /** The annotation with this qualified name, if present. */
  public Optional<AnnotationData> annotation(String qualifiedName) {
    return Optional.ofNullable(annotations.get(qualifiedName));
  }
}
