package dev.keel.processor.mapping;

import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.TypeRef;

/** What an attribute maps to, decided from its annotations and type. */
enum AttributeKind {
  BASIC,
  EMBEDDED,
  EMBEDDED_ID,
  TO_ONE,
  ONE_TO_MANY,
  MANY_TO_MANY,
  ELEMENT_COLLECTION,
  /** No column: {@code @Formula}, or a type javac could not resolve (it reports that). */
  NONE,
  /** An entity-typed attribute with no relationship annotation (an error). */
  ENTITY_WITHOUT_RELATION,
  /** A collection with no mapping annotation (an error). */
  COLLECTION_WITHOUT_MAPPING;

  static AttributeKind of(AttributeModel a) {
    if (a.annotation(HibernateAnnotations.FORMULA).isPresent() || !a.type().isResolved()) {
      return NONE;
    }
    if (a.has("EmbeddedId")) {
      return EMBEDDED_ID;
    }
    if (a.has("ManyToOne") || a.has("OneToOne")) {
      return TO_ONE;
    }
    if (a.has("OneToMany")) {
      return ONE_TO_MANY;
    }
    if (a.has("ManyToMany")) {
      return MANY_TO_MANY;
    }
    if (a.has("ElementCollection")) {
      return ELEMENT_COLLECTION;
    }
    TypeRef t = a.type();
    if (a.has("Embedded") || t.hasJpa("Embeddable")) {
      return EMBEDDED;
    }
    if (t.hasJpa("Entity")) {
      return ENTITY_WITHOUT_RELATION;
    }
    boolean basicByAnnotation =
        a.has("Convert") || a.annotation("org.hibernate.annotations.JdbcTypeCode").isPresent();
    if (!basicByAnnotation && (t.isA("java.util.Collection") || t.isA("java.util.Map"))) {
      return COLLECTION_WITHOUT_MAPPING;
    }
    return BASIC;
  }

  /** The relationship annotation's simple name of a relationship attribute. */
  static String relationName(AttributeModel a) {
    for (String n : new String[] {"ManyToOne", "OneToOne", "OneToMany", "ManyToMany"}) {
      if (a.has(n)) {
        return n;
      }
    }
    return "ElementCollection";
  }

  /**
   * The qualified name of the entity a relationship attribute refers to: its {@code targetEntity}
   * unless that is left at {@code void}, else {@code type} (the attribute's type, or a collection's
   * element type).
   */
  static String targetName(AttributeModel a, TypeRef type) {
    return a.declaredTarget().orElse(type.name());
  }
}
