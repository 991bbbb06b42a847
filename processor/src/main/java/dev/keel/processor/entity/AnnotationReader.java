package dev.keel.processor.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Turns the annotation mirrors on an element into {@link AnnotationData}, recording the source
 * position of each annotation (positions of its values are found from it when a problem is
 * reported, see {@link SourcePositions}). Only annotations of the packages Keel reads are turned
 * into data: others (Lombok, Jackson, framework annotations) are passed over.
 */
final class AnnotationReader {

  private static final List<String> READ_PACKAGES =
      List.of(
          "jakarta.persistence.",
          "org.hibernate.annotations.",
          "jakarta.validation.",
          "org.hibernate.validator.",
          "dev.keel.runtime.annotations.");

  private final Elements elements;
  private final SourcePositions positions;

  AnnotationReader(Elements elements, SourcePositions positions) {
    this.elements = elements;
    this.positions = positions;
  }

  /**
   * The annotations on {@code element} that Keel reads, by qualified name; their positions are
   * recorded under {@code keyPrefix + "@" + simpleName}.
   */
  Map<String, AnnotationData> read(Element element, String keyPrefix) {
    Map<String, AnnotationData> result = new LinkedHashMap<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      String name = type.getQualifiedName().toString();
      if (!isRead(name)) {
        continue;
      }
      String key = keyPrefix + "@" + type.getSimpleName();
      positions.put(key, element, mirror, null);
      result.put(name, read(mirror, key));
    }
    return result;
  }

  /**
   * The annotation {@code qualifiedName} on {@code element}, defaults included, without recording a
   * position (its {@link AnnotationData#position()} is the annotation's name): for the few values
   * that decide how a type is read, such as {@code @Access}.
   */
  Optional<AnnotationData> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(read(mirror, qualifiedName));
      }
    }
    return Optional.empty();
  }

  private static boolean isRead(String annotation) {
    for (String p : READ_PACKAGES) {
      if (annotation.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private AnnotationData read(AnnotationMirror mirror, String key) {
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> explicit = new HashSet<>();
    for (ExecutableElement member : mirror.getElementValues().keySet()) {
      explicit.add(member.getSimpleName().toString());
    }
    Map<? extends ExecutableElement, ? extends AnnotationValue> all =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : all.entrySet()) {
      String member = e.getKey().getSimpleName().toString();
      values.put(member, convert(e.getValue(), key + "." + member));
    }
    return new AnnotationData(
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString(),
        values,
        explicit,
        key);
  }

  private Object convert(AnnotationValue value, String key) {
    return value.accept(
        new SimpleAnnotationValueVisitor14<Object, Void>() {
          @Override
          protected Object defaultAction(Object o, Void unused) {
            return o;
          }

          @Override
          public Object visitType(TypeMirror t, Void unused) {
            return new AnnotationData.ClassName(TypeRefs.erasureName(t));
          }

          @Override
          public Object visitEnumConstant(VariableElement c, Void unused) {
            return c.getSimpleName().toString();
          }

          @Override
          public Object visitAnnotation(AnnotationMirror a, Void unused) {
            return read(a, key);
          }

          @Override
          public Object visitArray(List<? extends AnnotationValue> vals, Void unused) {
            List<Object> out = new ArrayList<>(vals.size());
            for (int i = 0; i < vals.size(); i++) {
              out.add(convert(vals.get(i), key + "[" + i + "]"));
            }
            return out;
          }
        },
        null);
  }
}
