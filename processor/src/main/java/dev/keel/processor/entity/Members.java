package dev.keel.processor.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the persistent attributes one class declares: its fields or its getters, by access type,
 * with their annotations and their types as seen from the entity (generic superclasses resolved).
 */
final class Members {

  private static final String JPA = EntityScanner.JPA;

  private final Elements elements;
  private final Types types;
  private final AnnotationReader annotations;
  private final TypeRefs typeRefs;
  private final SourcePositions positions;

  Members(
      Elements elements,
      Types types,
      AnnotationReader annotations,
      TypeRefs typeRefs,
      SourcePositions positions) {
    this.elements = elements;
    this.types = types;
    this.annotations = annotations;
    this.typeRefs = typeRefs;
    this.positions = positions;
  }

  /**
   * The attributes {@code owner} declares, under {@code access}, as members of {@code seenFrom}
   * (the entity or embeddable being read, named {@code entityName}).
   */
  List<AttributeModel> attributesOf(
      TypeElement owner, EntityModel.Access access, DeclaredType seenFrom, String entityName) {
    List<AttributeModel> result = new ArrayList<>();
    for (Element member : owner.getEnclosedElements()) {
      String attributeName = attributeName(member, access);
      if (attributeName == null) {
        continue;
      }
      String key = entityName + "#" + attributeName;
      positions.put(key, member, null, null);
      Map<String, AnnotationData> read = annotations.read(member, key);
      if (read.containsKey(JPA + "Transient")) {
        continue;
      }
      TypeRef type = withTargetArguments(typeRefs.describe(memberType(member, seenFrom)), read);
      result.add(
          new AttributeModel(attributeName, owner.getQualifiedName().toString(), type, read, key));
    }
    return result;
  }

  /**
   * The names of the persistent attributes {@code owner} declares under {@code access}, in
   * declaration order; records nothing (to compare how another access type would read a class).
   */
  List<String> attributeNames(TypeElement owner, EntityModel.Access access) {
    List<String> result = new ArrayList<>();
    for (Element member : owner.getEnclosedElements()) {
      String attributeName = attributeName(member, access);
      if (attributeName != null && !EntityScanner.hasJpa(member, "Transient")) {
        result.add(attributeName);
      }
    }
    return result;
  }

  /**
   * A raw collection or map ({@code List tags}) with the type arguments its annotations name:
   * {@code targetClass} or {@code targetEntity} for the elements, {@code @MapKeyClass} for a map's
   * keys. Other types are returned as they are.
   */
  private TypeRef withTargetArguments(TypeRef type, Map<String, AnnotationData> read) {
    boolean map = type.isA("java.util.Map");
    if (type.kind() != TypeRef.Kind.DECLARED
        || !type.arguments().isEmpty()
        || !(map || type.isA("java.util.Collection"))) {
      return type;
    }
    Optional<TypeElement> element =
        AttributeModel.declaredTarget(read).map(elements::getTypeElement);
    Optional<TypeElement> key =
        Optional.ofNullable(read.get(JPA + "MapKeyClass"))
            .flatMap(d -> d.className("value"))
            .map(elements::getTypeElement);
    if (element.isEmpty() || (map && key.isEmpty())) {
      return type;
    }
    List<TypeRef> arguments = new ArrayList<>();
    key.filter(k -> map).ifPresent(k -> arguments.add(typeRefs.describe(k.asType())));
    arguments.add(typeRefs.describe(element.get().asType()));
    return new TypeRef(
        type.kind(),
        type.name(),
        arguments,
        type.component(),
        type.enumConstants(),
        type.annotations(),
        type.serializable(),
        type.supertypes());
  }

  private TypeMirror memberType(Element member, DeclaredType seenFrom) {
    TypeMirror t;
    try {
      t = types.asMemberOf(seenFrom, member);
    } catch (IllegalArgumentException e) {
      t = member.asType();
    }
    return t instanceof javax.lang.model.type.ExecutableType ex ? ex.getReturnType() : t;
  }

  /** The attribute name of a persistent member under this access type, or null if it is none. */
  private static String attributeName(Element member, EntityModel.Access access) {
    Set<Modifier> mods = member.getModifiers();
    if (mods.contains(Modifier.STATIC)) {
      return null;
    }
    if (access == EntityModel.Access.FIELD) {
      if (member.getKind() != ElementKind.FIELD || mods.contains(Modifier.TRANSIENT)) {
        return null;
      }
      return member.getSimpleName().toString();
    }
    if (member.getKind() != ElementKind.METHOD) {
      return null;
    }
    ExecutableElement m = (ExecutableElement) member;
    if (!m.getParameters().isEmpty() || m.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String n = m.getSimpleName().toString();
    if (n.startsWith("get") && n.length() > 3) {
      return decapitalize(n.substring(3));
    }
    if (n.startsWith("is") && n.length() > 2 && m.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return decapitalize(n.substring(2));
    }
    return null;
  }

  /** JavaBeans' rule: {@code Name} becomes {@code name}, {@code URL} stays {@code URL}. */
  static String decapitalize(String name) {
    if (name.length() > 1
        && Character.isUpperCase(name.charAt(1))
        && Character.isUpperCase(name.charAt(0))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
