package dev.keel.processor.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * Describes {@link TypeMirror}s as {@link TypeRef}s. A type without type arguments is described
 * once per instance, and a class's supertypes are walked once: entities share their attribute types
 * ({@code String}, {@code Long}, {@code Instant}) many times over.
 */
final class TypeRefs {

  private static final int MAX_DEPTH = 3;
  private final Types types;
  private final Map<String, TypeRef> plainTypes = new HashMap<>();
  private final Map<String, Set<String>> supertypes = new HashMap<>();

  TypeRefs(Types types) {
    this.types = types;
  }

  /** The qualified name of a type's erasure, as {@link TypeRef#name()} spells it. */
  static String erasureName(TypeMirror t) {
    if (t.getKind() == TypeKind.DECLARED) {
      Element e = ((DeclaredType) t).asElement();
      return ((TypeElement) e).getQualifiedName().toString();
    }
    if (t.getKind() == TypeKind.ARRAY) {
      return erasureName(((ArrayType) t).getComponentType()) + "[]";
    }
    if (t.getKind().isPrimitive()) {
      return t.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return t.toString();
  }

  TypeRef describe(TypeMirror t) {
    return describe(t, 0);
  }

  private TypeRef describe(TypeMirror t, int depth) {
    switch (t.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
        // the kind, not toString(): type-use annotations (@Min int) would be part of that
        return simple(
            TypeRef.Kind.PRIMITIVE, t.getKind().name().toLowerCase(java.util.Locale.ROOT));
      case ARRAY:
        return array((ArrayType) t, depth);
      case DECLARED:
        return declared((DeclaredType) t, depth);
      case TYPEVAR:
        return typeVariable((TypeVariable) t, depth);
      case ERROR:
        return simple(TypeRef.Kind.ERROR, t.toString());
      default:
        return simple(TypeRef.Kind.OTHER, t.toString());
    }
  }

  /** An array type: its component described, serializable like every array. */
  private TypeRef array(ArrayType t, int depth) {
    TypeRef component = describe(t.getComponentType(), depth + 1);
    return new TypeRef(
        TypeRef.Kind.ARRAY,
        component.name() + "[]",
        List.of(),
        component,
        List.of(),
        Set.of(),
        true,
        Set.of());
  }

  /** A type variable, described by its upper bound. */
  private TypeRef typeVariable(TypeVariable t, int depth) {
    TypeRef upper = describe(t.getUpperBound(), depth + 1);
    return new TypeRef(
        TypeRef.Kind.TYPE_VARIABLE,
        upper.name(),
        List.of(),
        null,
        List.of(),
        upper.annotations(),
        upper.serializable(),
        upper.supertypes());
  }

  private TypeRef declared(DeclaredType t, int depth) {
    if (!t.getTypeArguments().isEmpty()) {
      return describeDeclared(t, depth);
    }
    String name = ((TypeElement) t.asElement()).getQualifiedName().toString();
    TypeRef known = plainTypes.get(name);
    if (known == null) {
      known = describeDeclared(t, depth);
      plainTypes.put(name, known);
    }
    return known;
  }

  private TypeRef describeDeclared(DeclaredType t, int depth) {
    TypeElement element = (TypeElement) t.asElement();
    List<TypeRef> arguments = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (TypeMirror a : t.getTypeArguments()) {
        arguments.add(describe(a, depth + 1));
      }
    }
    List<String> constants = new ArrayList<>();
    if (element.getKind() == ElementKind.ENUM) {
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(e.getSimpleName().toString());
        }
      }
    }
    Set<String> annotations = new LinkedHashSet<>();
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      String name = erasureName(m.getAnnotationType());
      if (name.startsWith("jakarta.persistence.")) {
        annotations.add(name);
      }
    }
    Set<String> all = supertypesOf(t, element);
    return new TypeRef(
        TypeRef.Kind.DECLARED,
        element.getQualifiedName().toString(),
        arguments,
        null,
        constants,
        annotations,
        all.contains("java.io.Serializable"),
        all);
  }

  /** The erasures of every supertype of a class: the same whatever its type arguments are. */
  Set<String> supertypeNames(TypeElement element) {
    return supertypesOf((DeclaredType) element.asType(), element);
  }

  private Set<String> supertypesOf(DeclaredType t, TypeElement element) {
    String name = element.getQualifiedName().toString();
    Set<String> known = supertypes.get(name);
    if (known == null) {
      known = new LinkedHashSet<>(allSupertypes(t).keySet());
      supertypes.put(name, known);
    }
    return known;
  }

  /**
   * Every declared supertype of {@code t} by the name of its erasure, with type arguments as seen
   * from {@code t}, in the order a depth-first walk meets them.
   */
  Map<String, DeclaredType> allSupertypes(TypeMirror t) {
    Map<String, DeclaredType> into = new LinkedHashMap<>();
    collectSupertypes(t, into);
    return into;
  }

  private void collectSupertypes(TypeMirror t, Map<String, DeclaredType> into) {
    for (TypeMirror s : types.directSupertypes(t)) {
      if (s.getKind() == TypeKind.DECLARED
          && into.putIfAbsent(erasureName(s), (DeclaredType) s) == null) {
        collectSupertypes(s, into);
      }
    }
  }

  private static TypeRef simple(TypeRef.Kind kind, String name) {
    return new TypeRef(kind, name, List.of(), null, List.of(), Set.of(), false, Set.of());
  }
}
