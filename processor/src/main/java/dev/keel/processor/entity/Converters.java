package dev.keel.processor.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads {@code AttributeConverter} classes: which classes are converters (directly or through an
 * abstract base class) and the entity-side and database-side types they convert between.
 */
final class Converters {

  static final String CONVERTER = "jakarta.persistence.AttributeConverter";

  private final Elements elements;
  private final Types types;
  private final TypeRefs typeRefs;

  Converters(Elements elements, Types types, TypeRefs typeRefs) {
    this.elements = elements;
    this.types = types;
    this.typeRefs = typeRefs;
  }

  /** Whether the class carries {@code @Converter} or implements {@code AttributeConverter}. */
  boolean isConverter(TypeElement type) {
    return EntityScanner.hasJpa(type, "Converter")
        || allSupertypes(type.asType()).stream()
            .anyMatch(s -> TypeRefs.erasureName(s).equals(CONVERTER));
  }

  /**
   * The converter, with the type arguments of the {@code AttributeConverter} it implements, seen
   * from this class; empty if it leaves them open.
   */
  Optional<ConverterModel> describe(TypeElement type) {
    TypeElement converter = elements.getTypeElement(CONVERTER);
    if (converter == null) {
      return Optional.empty();
    }
    TypeMirror erased = types.erasure(converter.asType());
    for (TypeMirror s : allSupertypes(type.asType())) {
      if (types.isSameType(types.erasure(s), erased)) {
        List<? extends TypeMirror> args = ((DeclaredType) s).getTypeArguments();
        if (args.size() == 2) {
          boolean autoApply =
              "true".equals(EntityScanner.jpaValue(type, "Converter", "autoApply").orElse("false"));
          return Optional.of(
              new ConverterModel(
                  type.getQualifiedName().toString(),
                  typeRefs.describe(args.get(0)),
                  typeRefs.describe(args.get(1)),
                  autoApply));
        }
      }
    }
    return Optional.empty();
  }

  /** Every supertype of {@code t}, with type arguments as seen from {@code t}. */
  private List<TypeMirror> allSupertypes(TypeMirror t) {
    Map<String, TypeMirror> seen = new LinkedHashMap<>();
    Deque<TypeMirror> work = new ArrayDeque<>(List.of(t));
    while (!work.isEmpty()) {
      for (TypeMirror s : types.directSupertypes(work.pop())) {
        if (seen.putIfAbsent(s.toString(), s) == null) {
          work.add(s);
        }
      }
    }
    return new ArrayList<>(seen.values());
  }
}
