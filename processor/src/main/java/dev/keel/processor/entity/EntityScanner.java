package dev.keel.processor.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Extraction: reads entity classes, the mapped superclasses they extend and the embeddables and
 * converters they use, into an {@link ScanResult}. It records what is written; it decides nothing
 * about SQL.
 */
public final class EntityScanner {

  static final String JPA = "jakarta.persistence.";
  private static final String CONVERTER = "jakarta.persistence.AttributeConverter";

  private final Elements elements;
  private final Types types;
  private final AnnotationReader annotations;
  private final TypeRefs typeRefs;
  private final SourcePositions positions;

  public EntityScanner(ProcessingEnvironment env, SourcePositions positions) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.annotations = new AnnotationReader(elements, positions);
    this.typeRefs = new TypeRefs(types);
    this.positions = positions;
  }

  /**
   * Scans these entity and converter classes, and every embeddable, entity superclass and converter
   * they reach.
   */
  public ScanResult scan(Collection<TypeElement> roots) {
    Map<String, EntityModel> found = new TreeMap<>();
    Map<String, ConverterModel> converters = new TreeMap<>();
    Deque<TypeElement> work = new ArrayDeque<>(roots);
    java.util.Set<String> idClasses = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      TypeElement type = work.pop();
      String name = type.getQualifiedName().toString();
      if (found.containsKey(name) || converters.containsKey(name)) {
        continue;
      }
      if (isConverter(type)) {
        converter(type).ifPresent(c -> converters.put(name, c));
        continue;
      }
      EntityModel model = scanType(type, idClasses.contains(name));
      if (model == null) {
        continue;
      }
      found.put(name, model);
      enqueueReferenced(model, work, idClasses);
    }
    return new ScanResult(found, converters);
  }

  private void enqueueReferenced(
      EntityModel model, Deque<TypeElement> work, java.util.Set<String> idClasses) {
    if (!model.superclass().isEmpty()) {
      work.add(elements.getTypeElement(model.superclass()));
    }
    for (AttributeModel a : model.attributes()) {
      addIfManaged(a.type(), work);
      for (TypeRef arg : a.type().arguments()) {
        addIfManaged(arg, work);
      }
      for (AnnotationData d : a.annotations().values()) {
        if (d.type().equals(JPA + "Convert")) {
          d.className("converter").map(elements::getTypeElement).ifPresent(work::add);
        }
        if (d.type().equals(JPA + "ManyToOne")
            || d.type().equals(JPA + "OneToOne")
            || d.type().equals(JPA + "OneToMany")
            || d.type().equals(JPA + "ManyToMany")
            || d.type().equals(JPA + "ElementCollection")) {
          d.className("targetEntity")
              .filter(n -> !n.equals("void"))
              .map(elements::getTypeElement)
              .ifPresent(work::add);
          d.className("targetClass")
              .filter(n -> !n.equals("void"))
              .map(elements::getTypeElement)
              .ifPresent(work::add);
        }
      }
    }
    model
        .jpa("IdClass")
        .flatMap(d -> d.className("value"))
        .map(elements::getTypeElement)
        .ifPresent(
            t -> {
              idClasses.add(t.getQualifiedName().toString());
              work.add(t);
            });
  }

  private void addIfManaged(TypeRef t, Deque<TypeElement> work) {
    if (t.kind() == TypeRef.Kind.DECLARED
        && (t.hasJpa("Embeddable") || t.hasJpa("Entity") || t.hasJpa("MappedSuperclass"))) {
      TypeElement e = elements.getTypeElement(t.name());
      if (e != null) {
        work.add(e);
      }
    }
  }

  private EntityModel scanType(TypeElement type, boolean idClass) {
    EntityModel.Kind kind = kindOf(type, idClass);
    if (kind == null) {
      return null;
    }
    String name = type.getQualifiedName().toString();
    positions.put(name, type, null, null);
    Map<String, AnnotationData> classAnnotations = annotations.read(type, name);
    EntityModel.Access access = accessOf(type);
    List<AttributeModel> attributes = new ArrayList<>();
    DeclaredType seenFrom = (DeclaredType) type.asType();
    for (TypeElement owner : attributeOwners(type)) {
      EntityModel.Access ownerAccess = explicitAccess(owner, access);
      attributes.addAll(attributesOf(owner, ownerAccess, seenFrom, name));
    }
    return new EntityModel(
        kind,
        name,
        type.getSimpleName().toString(),
        type.getModifiers().contains(Modifier.ABSTRACT),
        classAnnotations,
        entitySuperclass(type),
        access,
        attributes,
        name);
  }

  /**
   * What a type is scanned as, or null if it is not scanned itself (a mapped superclass is folded
   * into the entities that extend it).
   */
  private static EntityModel.Kind kindOf(TypeElement type, boolean idClass) {
    if (hasJpa(type, "Entity")) {
      return EntityModel.Kind.ENTITY;
    } else if (hasJpa(type, "Embeddable")) {
      return EntityModel.Kind.EMBEDDABLE;
    } else if (idClass) {
      return EntityModel.Kind.ID_CLASS;
    }
    return null;
  }

  /**
   * The classes whose attributes a type has: its mapped superclasses up to the nearest entity
   * superclass, outermost first, then the type itself.
   */
  private List<TypeElement> attributeOwners(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    chain.add(type);
    for (TypeElement s = superOf(type); s != null; s = superOf(s)) {
      if (hasJpa(s, "Entity")) {
        break;
      }
      if (hasJpa(s, "MappedSuperclass")) {
        chain.add(0, s);
      }
    }
    return chain;
  }

  /** The qualified name of the nearest entity superclass, or empty if there is none. */
  private String entitySuperclass(TypeElement type) {
    for (TypeElement s = superOf(type); s != null; s = superOf(s)) {
      if (hasJpa(s, "Entity")) {
        return s.getQualifiedName().toString();
      }
    }
    return "";
  }

  private List<AttributeModel> attributesOf(
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
      TypeMirror declared = memberType(member, seenFrom);
      result.add(
          new AttributeModel(
              attributeName,
              owner.getQualifiedName().toString(),
              typeRefs.describe(declared),
              read,
              key));
    }
    return result;
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

  /** The access type of a hierarchy: explicit {@code @Access}, else where {@code @Id} sits. */
  private EntityModel.Access accessOf(TypeElement type) {
    for (TypeElement t = type; t != null; t = superOf(t)) {
      for (Element e : t.getEnclosedElements()) {
        if (hasJpa(e, "Id") || hasJpa(e, "EmbeddedId")) {
          return e.getKind() == ElementKind.METHOD
              ? EntityModel.Access.PROPERTY
              : EntityModel.Access.FIELD;
        }
      }
    }
    return explicitAccess(type, EntityModel.Access.FIELD);
  }

  private EntityModel.Access explicitAccess(TypeElement type, EntityModel.Access fallback) {
    Map<String, AnnotationData> read = readQuietly(type);
    AnnotationData access = read.get(JPA + "Access");
    if (access == null) {
      return fallback;
    }
    return "PROPERTY".equals(access.string("value"))
        ? EntityModel.Access.PROPERTY
        : EntityModel.Access.FIELD;
  }

  private Map<String, AnnotationData> readQuietly(Element e) {
    return new AnnotationReader(elements, new SourcePositions()).read(e, "");
  }

  private TypeElement superOf(TypeElement type) {
    TypeMirror s = type.getSuperclass();
    if (s.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
    return e.getQualifiedName().contentEquals("java.lang.Object") ? null : e;
  }

  private static boolean hasJpa(Element e, String simpleName) {
    String wanted = JPA + simpleName;
    return e.getAnnotationMirrors().stream()
        .anyMatch(m -> TypeRefs.erasureName(m.getAnnotationType()).equals(wanted));
  }

  private boolean isConverter(TypeElement type) {
    return types.directSupertypes(type.asType()).stream()
            .anyMatch(s -> TypeRefs.erasureName(s).equals(CONVERTER))
        || hasJpa(type, "Converter");
  }

  private java.util.Optional<ConverterModel> converter(TypeElement type) {
    TypeMirror converterType = elements.getTypeElement(CONVERTER).asType();
    for (TypeMirror s : allSupertypes(type.asType())) {
      if (types.isSameType(types.erasure(s), types.erasure(converterType))) {
        List<? extends TypeMirror> args = ((DeclaredType) s).getTypeArguments();
        if (args.size() == 2) {
          AnnotationData marker = readQuietly(type).get(JPA + "Converter");
          boolean autoApply = marker != null && marker.bool("autoApply", false);
          return java.util.Optional.of(
              new ConverterModel(
                  type.getQualifiedName().toString(),
                  typeRefs.describe(args.get(0)),
                  typeRefs.describe(args.get(1)),
                  autoApply));
        }
      }
    }
    return java.util.Optional.empty();
  }

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

  /** The entity, embeddable and converter classes among these round elements, by name. */
  public static List<TypeElement> managedTypes(Collection<? extends Element> elements) {
    List<TypeElement> result = new ArrayList<>();
    for (TypeElement t : ElementFilter.typesIn(elements)) {
      if (hasJpa(t, "Entity") || hasJpa(t, "Embeddable") || hasJpa(t, "Converter")) {
        result.add(t);
      }
    }
    result.sort(java.util.Comparator.comparing(t -> t.getQualifiedName().toString()));
    return result;
  }
}
