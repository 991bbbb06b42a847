package dev.keel.processor.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where things are in the source, by logical key, so that pure stages can name a position without
 * holding javac elements. Keys: {@code com.x.User} (the entity), {@code com.x.User#email} (an
 * attribute), {@code com.x.User#email@Column} (an annotation on it), {@code
 * com.x.User#email@Column.length} (one of its values), {@code com.x.User@Table.name} (a class-level
 * annotation value). Lookup falls back to the closest enclosing key.
 *
 * <p>Only elements and annotations are recorded; the position of a value inside an annotation
 * ({@code .member}, {@code [index]}, nested further) is worked out from the annotation mirror when
 * it is asked for, which is only when a problem is reported. A value written in the source points
 * at itself; a default points at its annotation; anything inside a nested annotation points at the
 * outermost value written in the source that holds it, or at an array item when it is one.
 */
public final class SourcePositions {

  /** An element, optionally with one of its annotations and one of that annotation's values. */
  public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {}

  private final Map<String, Position> positions = new HashMap<>();

  /** Records a position; the first one recorded for a key wins. */
  public void put(String key, Element element, AnnotationMirror annotation, AnnotationValue value) {
    positions.putIfAbsent(key, new Position(element, annotation, value));
  }

  /** The position for {@code key}, or for the closest enclosing key that has one. */
  public Optional<Position> find(String key) {
    String k = key;
    while (k != null && !k.isEmpty()) {
      Position p = positions.get(k);
      if (p != null) {
        return Optional.of(p.annotation() == null ? p : within(p, key.substring(k.length())));
      }
      k = parent(k);
    }
    return Optional.empty();
  }

  /**
   * The position of the value at {@code path} ({@code .member}, {@code [i]}, …) in an annotation.
   */
  private static Position within(Position annotation, String path) {
    AnnotationValue at = null;
    Object current = annotation.annotation();
    int i = 0;
    while (i < path.length() && current != null) {
      boolean item = path.charAt(i) == '[';
      int end = nextSegment(path, i + 1);
      String segment = path.substring(i + 1, item ? end - 1 : end);
      i = end;
      if (item) {
        AnnotationValue value = itemOf(current, segment);
        // an item of a default array has no place in the source
        at = at == null ? null : value;
        current = at == null ? null : value.getValue();
      } else {
        AnnotationValue value = memberOf(current, segment);
        at = at == null ? value : at;
        current = value == null ? null : value.getValue();
      }
    }
    return new Position(annotation.element(), annotation.annotation(), at);
  }

  /**
   * Where the segment starting at {@code from - 1} ends: after its {@code ]}, or at the next one.
   */
  private static int nextSegment(String path, int from) {
    if (path.charAt(from - 1) == '[') {
      int close = path.indexOf(']', from);
      return close < 0 ? path.length() : close + 1;
    }
    int end = from;
    while (end < path.length() && ".[@#".indexOf(path.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  /** The value written in the source for {@code member} of an annotation, or null. */
  private static AnnotationValue memberOf(Object annotation, String member) {
    if (!(annotation instanceof AnnotationMirror mirror)) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Item {@code index} of an array value, or null. */
  private static AnnotationValue itemOf(Object array, String index) {
    if (!(array instanceof List<?> items)) {
      return null;
    }
    try {
      int n = Integer.parseInt(index);
      return n >= 0 && n < items.size() && items.get(n) instanceof AnnotationValue v ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String parent(String key) {
    int cut = Math.max(key.lastIndexOf('.'), Math.max(key.lastIndexOf('@'), key.lastIndexOf('#')));
    int bracket = key.lastIndexOf('[');
    if (bracket > cut) {
      cut = bracket;
    }
    if (cut <= 0) {
      return null;
    }
    // a dot inside the qualified class name is not a member separator: stop at the class
    if (key.charAt(cut) == '.' && key.indexOf('@') < 0 && key.indexOf('#') < 0) {
      return null;
    }
    return key.substring(0, cut);
  }
}
