package dev.keel.processor.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * position of each annotation and each of its values.
 */
final class AnnotationReader {

  private final Elements elements;
  private final SourcePositions positions;

  AnnotationReader(Elements elements, SourcePositions positions) {
    this.elements = elements;
    this.positions = positions;
  }

  /**
   * The annotations on {@code element} by qualified name; positions are recorded under {@code
   * keyPrefix + "@" + simpleName}.
   */
  Map<String, AnnotationData> read(Element element, String keyPrefix) {
    Map<String, AnnotationData> result = new LinkedHashMap<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      String name = type.getQualifiedName().toString();
      String key = keyPrefix + "@" + type.getSimpleName();
      result.put(name, read(element, mirror, mirror, null, key));
    }
    return result;
  }

  private AnnotationData read(
      Element element,
      AnnotationMirror top,
      AnnotationMirror mirror,
      AnnotationValue topValue,
      String key) {
    positions.put(key, element, top, topValue);
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> explicit = new HashSet<>();
    for (ExecutableElement member : mirror.getElementValues().keySet()) {
      explicit.add(member.getSimpleName().toString());
    }
    Map<? extends ExecutableElement, ? extends AnnotationValue> all =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : all.entrySet()) {
      String member = e.getKey().getSimpleName().toString();
      boolean written = explicit.contains(member);
      // a value written in the source is underlined; a default points at the annotation
      AnnotationValue at = topValue != null ? topValue : (written ? e.getValue() : null);
      String memberKey = key + "." + member;
      positions.put(memberKey, element, top, at);
      values.put(member, convert(element, top, e.getValue(), at, memberKey));
    }
    return new AnnotationData(
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString(),
        values,
        explicit,
        key);
  }

  private Object convert(
      Element element,
      AnnotationMirror top,
      AnnotationValue value,
      AnnotationValue at,
      String key) {
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
            return read(element, top, a, at, key);
          }

          @Override
          public Object visitArray(List<? extends AnnotationValue> vals, Void unused) {
            return convertArray(element, top, vals, at, key);
          }
        },
        null);
  }

  /** The items of an array value, each with its position recorded under {@code key[i]}. */
  private List<Object> convertArray(
      Element element,
      AnnotationMirror top,
      List<? extends AnnotationValue> vals,
      AnnotationValue at,
      String key) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < vals.size(); i++) {
      AnnotationValue item = vals.get(i);
      AnnotationValue itemAt = at == null ? null : item;
      String itemKey = key + "[" + i + "]";
      positions.put(itemKey, element, top, itemAt);
      out.add(convert(element, top, item, itemAt, itemKey));
    }
    return out;
  }
}
