package dev.keel.processor.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A JPA entity, an embeddable or a mapped superclass as written in the source.
 *
 * @param kind which of the three it is
 * @param qualifiedName the class's qualified name
 * @param simpleName the class's name without its package, as Hibernate names the entity by default:
 *     {@code User}, or {@code Catalog$Product} for a class nested in {@code Catalog}
 * @param isAbstract whether the class is abstract
 * @param annotations the class-level annotations by qualified name
 * @param superclass the nearest superclass that is an entity or mapped superclass, or empty
 * @param access the access type: fields or properties
 * @param attributes the persistent attributes it declares, in declaration order
 * @param position its source position key (its qualified name)
 */
public record EntityModel(
    Kind kind,
    String qualifiedName,
    String simpleName,
    boolean isAbstract,
    Map<String, AnnotationData> annotations,
    String superclass,
    Access access,
    List<AttributeModel> attributes,
    String position) {

  /** What sort of managed type. */
  public enum Kind {
    ENTITY,
    EMBEDDABLE,
    MAPPED_SUPERCLASS,
    /** A plain class named by {@code @IdClass}: only its attribute names matter. */
    ID_CLASS
  }

  /** How attributes are read. */
  public enum Access {
    FIELD,
    PROPERTY
  }

  public EntityModel {
    annotations = java.util.Collections.unmodifiableMap(new TreeMap<>(annotations));
    attributes = List.copyOf(attributes);
    superclass = superclass == null ? "" : superclass;
  }

  /** The annotation {@code jakarta.persistence.<simpleName>}, if present. */
  public Optional<AnnotationData> jpa(String simpleName) {
    return Optional.ofNullable(annotations.get("jakarta.persistence." + simpleName));
  }
}
