package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The DDL Hibernate derives from Bean Validation constraints when Hibernate Validator is on the
 * application's class path ({@code TypeSafeActivator}): {@code @NotNull}, {@code @NotEmpty} and
 * {@code @NotBlank} make a column not null; {@code @Size(max)} and Hibernate Validator's
 * {@code @Length(max)} on a String set its length; {@code @Digits} sets precision and scale;
 * {@code @Min}, {@code @Max} and Hibernate Validator's {@code @Range} add checks. Only constraints
 * of the default group count. Read by name: no dependency on Bean Validation.
 */
final class BeanValidation {

  private static final String BV = "jakarta.validation.constraints.";
  private static final String HV = "org.hibernate.validator.constraints.";

  private BeanValidation() {}

  /** Whether the attribute carries a not-null constraint of the default group. */
  static boolean notNull(AttributeModel a) {
    return active(a, BV + "NotNull") || active(a, BV + "NotEmpty") || active(a, BV + "NotBlank");
  }

  /** The smallest {@code @Size(max)}/{@code @Length(max)} on a String attribute, if any. */
  static OptionalInt maxLength(AttributeModel a) {
    if (!"java.lang.String".equals(a.type().name())) {
      return OptionalInt.empty();
    }
    int max = Integer.MAX_VALUE;
    for (String type : List.of(BV + "Size", HV + "Length")) {
      AnnotationData d = a.annotations().get(type);
      if (d != null && inDefaultGroup(d)) {
        max = Math.min(max, d.integer("max", Integer.MAX_VALUE));
      }
    }
    return max < Integer.MAX_VALUE ? OptionalInt.of(max) : OptionalInt.empty();
  }

  /** {@code @Digits(integer, fraction)}: precision and scale. */
  static int[] digits(AttributeModel a) {
    AnnotationData d = a.annotations().get(BV + "Digits");
    if (d == null || !inDefaultGroup(d)) {
      return null;
    }
    int integer = d.integer("integer", 0);
    int fraction = d.integer("fraction", 0);
    return new int[] {integer + fraction, fraction};
  }

  /**
   * The check expressions {@code @Min}, {@code @Max} and {@code @Range} add on a column, in that
   * order. (Hibernate's own order for several constraints on one attribute varies between runs; see
   * docs/hibernate-differences.md.)
   */
  static List<String> checks(AttributeModel a, String column) {
    List<String> result = new ArrayList<>();
    AnnotationData min = a.annotations().get(BV + "Min");
    if (min != null && inDefaultGroup(min)) {
      result.add(column + ">=" + longValue(min, "value"));
    }
    AnnotationData max = a.annotations().get(BV + "Max");
    if (max != null && inDefaultGroup(max)) {
      result.add(column + "<=" + longValue(max, "value"));
    }
    AnnotationData range = a.annotations().get(HV + "Range");
    if (range != null && inDefaultGroup(range)) {
      result.add(column + ">=" + longValue(range, "min"));
      result.add(column + "<=" + longValue(range, "max"));
    }
    return result;
  }

  /** Whether the attribute is {@code @Valid} (constraints inside an embeddable then count). */
  static boolean cascaded(AttributeModel a) {
    return a.annotations().containsKey("jakarta.validation.Valid");
  }

  private static boolean active(AttributeModel a, String type) {
    AnnotationData d = a.annotations().get(type);
    return d != null && inDefaultGroup(d);
  }

  private static boolean inDefaultGroup(AnnotationData d) {
    List<String> groups = classNames(d.values().get("groups"));
    return groups.isEmpty() || groups.contains("jakarta.validation.groups.Default");
  }

  private static List<String> classNames(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof AnnotationData.ClassName c) {
          result.add(c.name());
        }
      }
    }
    return result;
  }

  private static long longValue(AnnotationData d, String member) {
    Object v = d.values().get(member);
    return v instanceof Number n ? n.longValue() : 0;
  }
}
