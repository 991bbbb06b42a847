package dev.keel.processor.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where things are in the source, by logical key, so that pure stages can name a position without
 * holding javac elements. Keys: {@code com.x.User} (the entity), {@code com.x.User#email} (an
 * attribute), {@code com.x.User#email@Column} (an annotation on it), {@code
 * com.x.User#email@Column.length} (one of its values), {@code com.x.User@Table.name} (a class-level
 * annotation value). Lookup falls back to the closest enclosing key.
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
        return Optional.of(p);
      }
      k = parent(k);
    }
    return Optional.empty();
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
