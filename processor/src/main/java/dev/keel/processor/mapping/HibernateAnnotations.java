package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.validate.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hibernate's own annotations that shape the schema, read by name (no Hibernate dependency). */
final class HibernateAnnotations {

  static final String CHECK = "org.hibernate.annotations.Check";
  static final String FORMULA = "org.hibernate.annotations.Formula";
  static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";

  private HibernateAnnotations() {}

  /**
   * Every {@code @Check}, repeated ones included; one without a condition is reported (PostgreSQL
   * rejects {@code check ()}) and left out.
   *
   * @param owner what carries them, for messages: {@code Contact} or {@code Contact.kind}
   */
  static List<AnnotationData> checks(
      Map<String, AnnotationData> annotations, String owner, MappingContext ctx) {
    List<AnnotationData> written = new ArrayList<>();
    for (AnnotationData check : AnnotationData.repeatable(annotations, CHECK)) {
      if (check.string("constraints").isBlank()) {
        ctx.problem(
            check.positionOf("constraints"),
            Diagnostics.SchemaConflict,
            "@Check on '" + owner + "' has no condition in 'constraints'");
      } else {
        written.add(check);
      }
    }
    return written;
  }
}
