package dev.keel.processor.entity;

import java.util.List;
import java.util.Set;

/**
 * What the mapping needs to know about a Java type.
 *
 * @param kind what sort of type it is
 * @param name the qualified name of its erasure ({@code java.lang.String}), a primitive's keyword
 *     ({@code int}), or for an array the component's name followed by {@code []}
 * @param arguments type arguments, resolved against the entity (generic mapped superclasses)
 * @param component an array's component type, or null
 * @param enumConstants an enum's constants in declaration order
 * @param annotations qualified names of the JPA type-level annotations on the type ({@code
 *     jakarta.persistence.Entity}, {@code Embeddable}, {@code MappedSuperclass}, {@code Converter})
 * @param serializable whether the type implements {@link java.io.Serializable}
 * @param supertypes qualified names of every supertype (classes and interfaces), for collection and
 *     map detection
 */
public record TypeRef(
    Kind kind,
    String name,
    List<TypeRef> arguments,
    TypeRef component,
    List<String> enumConstants,
    Set<String> annotations,
    boolean serializable,
    Set<String> supertypes) {

  /** What sort of type. */
  public enum Kind {
    PRIMITIVE,
    DECLARED,
    ARRAY,
    TYPE_VARIABLE,
    ERROR,
    OTHER
  }

  public TypeRef {
    arguments = List.copyOf(arguments);
    enumConstants = List.copyOf(enumConstants);
    annotations = Set.copyOf(annotations);
    supertypes = Set.copyOf(supertypes);
  }

  /**
   * Whether javac resolved this type, its type arguments and its array component: a type that did
   * not resolve has a compilation error of its own.
   */
  public boolean isResolved() {
    return kind != Kind.ERROR
        && arguments.stream().allMatch(TypeRef::isResolved)
        && (component == null || component.isResolved());
  }

  /** Whether this is an enum. */
  public boolean isEnum() {
    return supertypes.contains("java.lang.Enum");
  }

  /** Whether the type carries the type-level annotation {@code jakarta.persistence.<simple>}. */
  public boolean hasJpa(String simpleName) {
    return annotations.contains("jakarta.persistence." + simpleName);
  }

  /** Whether the type is, or implements or extends, {@code qualifiedName}. */
  public boolean isA(String qualifiedName) {
    return name.equals(qualifiedName) || supertypes.contains(qualifiedName);
  }

  /** The simple name (after the last dot). */
  public String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
