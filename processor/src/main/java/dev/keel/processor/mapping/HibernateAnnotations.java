package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hibernate's own annotations that shape the schema, read by name (no Hibernate dependency). */
final class HibernateAnnotations {

  static final String CHECK = "org.hibernate.annotations.Check";
  static final String CHECKS = "org.hibernate.annotations.Checks";
  static final String FORMULA = "org.hibernate.annotations.Formula";
  static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";

  private HibernateAnnotations() {}

  /** Every {@code @Check}, repeated ones included. */
  static List<AnnotationData> checks(Map<String, AnnotationData> annotations) {
    List<AnnotationData> result = new ArrayList<>();
    AnnotationData one = annotations.get(CHECK);
    if (one != null) {
      result.add(one);
    }
    AnnotationData many = annotations.get(CHECKS);
    if (many != null) {
      result.addAll(many.annotations("value"));
    }
    return result;
  }
}
