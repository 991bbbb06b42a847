package dev.keel.processor.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values of one annotation as plain Java, defaults included: strings, boxed primitives, enum
 * constants as their names, class literals as {@link ClassName}, arrays as lists, nested
 * annotations as {@code AnnotationData}. Annotations are read by name, so Hibernate and Bean
 * Validation annotations need no dependency.
 *
 * @param type the annotation's qualified name
 * @param values member name to value, defaults included
 * @param explicit the members written in the source
 * @param position the source position key of this annotation
 */
public record AnnotationData(
    String type, Map<String, Object> values, Set<String> explicit, String position) {

  /** A class literal's qualified name. */
  public record ClassName(String name) {}

  public AnnotationData {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    explicit = Set.copyOf(explicit);
  }

  /**
   * Every instance of the repeatable annotation {@code type} among {@code annotations} (by
   * qualified name): the one written alone, then those javac put in its container, which JPA and
   * Hibernate name {@code type + "s"} ({@code @JoinColumns}, {@code @Checks}).
   */
  public static List<AnnotationData> repeatable(
      Map<String, AnnotationData> annotations, String type) {
    List<AnnotationData> result = new java.util.ArrayList<>();
    AnnotationData one = annotations.get(type);
    if (one != null) {
      result.add(one);
    }
    AnnotationData container = annotations.get(type + "s");
    if (container != null) {
      result.addAll(container.annotations("value"));
    }
    return result;
  }

  /** Whether the member was written in the source. */
  public boolean isSet(String member) {
    return explicit.contains(member);
  }

  /** The position key of one member's value. */
  public String positionOf(String member) {
    return position + "." + member;
  }

  /** A string member, empty when absent. */
  public String string(String member) {
    Object v = values.get(member);
    return v == null ? "" : v.toString();
  }

  /** An int member, or {@code fallback} when absent. */
  public int integer(String member, int fallback) {
    Object v = values.get(member);
    return v instanceof Number n ? n.intValue() : fallback;
  }

  /** A boolean member, or {@code fallback} when absent. */
  public boolean bool(String member, boolean fallback) {
    Object v = values.get(member);
    return v instanceof Boolean b ? b : fallback;
  }

  /** A class-literal member's qualified name. */
  public Optional<String> className(String member) {
    Object v = values.get(member);
    return v instanceof ClassName c ? Optional.of(c.name()) : Optional.empty();
  }

  /** An array member of strings (a single value counts as a one-element array). */
  public List<String> strings(String member) {
    Object v = values.get(member);
    if (v instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return v == null ? List.of() : List.of(v.toString());
  }

  /** An array member of nested annotations (a single value counts as a one-element array). */
  public List<AnnotationData> annotations(String member) {
    Object v = values.get(member);
    if (v instanceof List<?> list) {
      return list.stream()
          .filter(AnnotationData.class::isInstance)
          .map(AnnotationData.class::cast)
          .toList();
    }
    return v instanceof AnnotationData a ? List.of(a) : List.of();
  }

  /** A nested annotation member. */
  public Optional<AnnotationData> annotation(String member) {
    Object v = values.get(member);
    return v instanceof AnnotationData a ? Optional.of(a) : Optional.empty();
  }
}
