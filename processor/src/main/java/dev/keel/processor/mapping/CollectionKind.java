package dev.keel.processor.mapping;

import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.TypeRef;
import java.util.Optional;

/** How Hibernate treats a collection attribute: its semantics decide keys and constraints. */
enum CollectionKind {
  /** A {@code Set}: no duplicates. */
  SET,
  /** A {@code List} with an {@code @OrderColumn}: indexed. */
  INDEXED_LIST,
  /** A {@code Map}: keyed. */
  MAP,
  /** Any other collection (a bag): duplicates allowed, no order kept. */
  BAG;

  static CollectionKind of(AttributeModel a) {
    TypeRef t = a.type();
    if (t.isA("java.util.Map")) {
      return MAP;
    }
    if (t.isA("java.util.Set")) {
      return SET;
    }
    if (t.isA("java.util.List") && a.has("OrderColumn")) {
      return INDEXED_LIST;
    }
    return BAG;
  }

  /** The element type: a collection's type argument, a map's value type. */
  static Optional<TypeRef> elementType(AttributeModel a) {
    TypeRef t = a.type();
    int index = t.isA("java.util.Map") ? 1 : 0;
    return t.arguments().size() > index ? Optional.of(t.arguments().get(index)) : Optional.empty();
  }

  /** A map's key type. */
  static Optional<TypeRef> keyType(AttributeModel a) {
    TypeRef t = a.type();
    return t.isA("java.util.Map") && !t.arguments().isEmpty()
        ? Optional.of(t.arguments().get(0))
        : Optional.empty();
  }
}
