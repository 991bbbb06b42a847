package dev.keel.processor.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
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
import javax.lang.model.type.ArrayType;
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

  private final Elements elements;
  private final AnnotationReader annotations;
  private final Converters converters;
  private final Members members;
  private final SourcePositions positions;

  public EntityScanner(ProcessingEnvironment env, SourcePositions positions) {
    this.elements = env.getElementUtils();
    Types types = env.getTypeUtils();
    this.annotations = new AnnotationReader(elements, positions);
    TypeRefs typeRefs = new TypeRefs(types);
    this.converters = new Converters(annotations, typeRefs);
    this.members = new Members(elements, types, annotations, typeRefs, positions);
    this.positions = positions;
  }

  /** What one scan has found so far, and what it still has to read. */
  private static final class Found {
    final Map<String, EntityModel> types = new TreeMap<>();
    final Map<String, ConverterModel> converters = new TreeMap<>();
    final Set<String> idClasses = new HashSet<>();

    /**
     * The attributes that embed each embeddable, in the order found; it takes the access type of
     * the first (JPA 2.3.3).
     */
    final Map<String, List<Embedding>> embeddings = new TreeMap<>();

    final Deque<TypeElement> work = new ArrayDeque<>();
  }

  /** An attribute that embeds an embeddable, and its owner's access type. */
  private record Embedding(EntityModel.Access access, String label, String position) {}

  /**
   * Scans these entity and converter classes, and every embeddable, entity superclass and converter
   * they reach. Embeddables named among the roots come last, so that one an entity embeds takes
   * that entity's access type.
   */
  public ScanResult scan(Collection<TypeElement> roots) {
    Found found = new Found();
    List<TypeElement> embeddables = new ArrayList<>();
    for (TypeElement root : roots) {
      (hasJpa(root, "Embeddable") ? embeddables : found.work).add(root);
    }
    drain(found);
    found.work.addAll(embeddables);
    drain(found);
    return new ScanResult(found.types, found.converters, accessConflicts(found));
  }

  /**
   * The embeddings of an embeddable without its own {@code @Access} by an owner of the other access
   * type, where its fields and its getters name different attributes.
   */
  private List<AccessConflict> accessConflicts(Found found) {
    List<AccessConflict> result = new ArrayList<>();
    found.embeddings.forEach(
        (name, embeddings) -> {
          EntityModel model = found.types.get(name);
          if (model == null
              || model.kind() != EntityModel.Kind.EMBEDDABLE
              || model.jpa("Access").isPresent()) {
            return;
          }
          List<Embedding> other =
              embeddings.stream().filter(e -> e.access() != model.access()).toList();
          if (other.isEmpty() || sameAttributes(model, other.get(0).access())) {
            return;
          }
          for (Embedding e : other) {
            result.add(
                new AccessConflict(
                    model.simpleName(),
                    model.access(),
                    embeddings.get(0).label(),
                    e.label(),
                    e.position()));
          }
        });
    return result;
  }

  /** Whether reading {@code model}'s class under {@code access} names the same attributes. */
  private boolean sameAttributes(EntityModel model, EntityModel.Access access) {
    List<String> other = new ArrayList<>();
    for (TypeElement owner : attributeOwners(elements.getTypeElement(model.qualifiedName()))) {
      other.addAll(members.attributeNames(owner, explicitAccess(owner, access)));
    }
    List<String> read =
        new ArrayList<>(model.attributes().stream().map(AttributeModel::name).toList());
    read.sort(null);
    other.sort(null);
    return read.equals(other);
  }

  private void drain(Found found) {
    while (!found.work.isEmpty()) {
      TypeElement type = found.work.pop();
      String name = type.getQualifiedName().toString();
      if (found.types.containsKey(name) || found.converters.containsKey(name)) {
        continue;
      }
      if (converters.isConverter(type)) {
        converters.describe(type).ifPresent(c -> found.converters.put(name, c));
        continue;
      }
      List<Embedding> embeddings = found.embeddings.getOrDefault(name, List.of());
      EntityModel model =
          scanType(
              type,
              found.idClasses.contains(name),
              embeddings.isEmpty() ? null : embeddings.get(0).access());
      if (model != null) {
        found.types.put(name, model);
        enqueueReferenced(model, found);
      }
    }
  }

  private void enqueueReferenced(EntityModel model, Found found) {
    if (!model.superclass().isEmpty()) {
      found.work.add(elements.getTypeElement(model.superclass()));
    }
    for (AttributeModel a : model.attributes()) {
      addIfManaged(a.type(), model, a, found);
      for (TypeRef arg : a.type().arguments()) {
        addIfManaged(arg, model, a, found);
      }
      a.declaredTarget().map(elements::getTypeElement).ifPresent(found.work::add);
      for (AnnotationData d : a.annotations().values()) {
        if (d.type().equals(JPA + "Convert")) {
          d.className("converter").map(elements::getTypeElement).ifPresent(found.work::add);
        }
      }
    }
    model
        .jpa("IdClass")
        .flatMap(d -> d.className("value"))
        .map(elements::getTypeElement)
        .ifPresent(
            t -> {
              found.idClasses.add(t.getQualifiedName().toString());
              found.work.add(t);
            });
  }

  /**
   * Queues a managed type attribute {@code a} of {@code owner} uses; an embeddable takes the access
   * type of the first owner that embeds it.
   */
  private void addIfManaged(TypeRef t, EntityModel owner, AttributeModel a, Found found) {
    if (t.kind() == TypeRef.Kind.DECLARED
        && (t.hasJpa("Embeddable") || t.hasJpa("Entity") || t.hasJpa("MappedSuperclass"))) {
      TypeElement e = elements.getTypeElement(t.name());
      if (e != null) {
        if (t.hasJpa("Embeddable")) {
          found
              .embeddings
              .computeIfAbsent(t.name(), n -> new ArrayList<>())
              .add(
                  new Embedding(owner.access(), owner.simpleName() + "." + a.name(), a.position()));
        }
        found.work.add(e);
      }
    }
  }

  /**
   * Reads one managed type; null if it is none.
   *
   * @param embeddedFrom for an embeddable, the access type of the type that embeds it, if any
   */
  private EntityModel scanType(TypeElement type, boolean idClass, EntityModel.Access embeddedFrom) {
    EntityModel.Kind kind = kindOf(type, idClass);
    if (kind == null) {
      return null;
    }
    String name = type.getQualifiedName().toString();
    positions.put(name, type, null, null);
    Map<String, AnnotationData> classAnnotations = annotations.read(type, name);
    EntityModel.Access access =
        kind == EntityModel.Kind.EMBEDDABLE && embeddedFrom != null
            ? explicitAccess(type, embeddedFrom)
            : accessOf(type);
    List<AttributeModel> attributes = new ArrayList<>();
    DeclaredType seenFrom = (DeclaredType) type.asType();
    for (TypeElement owner : attributeOwners(type)) {
      EntityModel.Access ownerAccess = explicitAccess(owner, access);
      attributes.addAll(members.attributesOf(owner, ownerAccess, seenFrom, name));
    }
    return new EntityModel(
        kind,
        name,
        nameInPackage(type),
        type.getModifiers().contains(Modifier.ABSTRACT),
        classAnnotations,
        entitySuperclass(type),
        access,
        attributes,
        name);
  }

  /**
   * The class's name without its package as Hibernate's default entity name has it: {@code User},
   * or for a nested class {@code Catalog$Product} (the binary name's last part).
   */
  private String nameInPackage(TypeElement type) {
    String binary = elements.getBinaryName(type).toString();
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    return pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1);
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

  /** The type's own {@code @Access}, else {@code fallback}. */
  private EntityModel.Access explicitAccess(TypeElement type, EntityModel.Access fallback) {
    return annotations
        .find(type, JPA + "Access")
        .map(a -> "PROPERTY".equals(a.string("value")))
        .map(property -> property ? EntityModel.Access.PROPERTY : EntityModel.Access.FIELD)
        .orElse(fallback);
  }

  /**
   * Whether a field or getter of one of {@code types} or their superclasses has a type javac could
   * not (yet) resolve: another processor may generate it in a later round. Looks at declared types
   * only, without building models, so a normal build pays almost nothing for it.
   */
  public static boolean hasUnresolvedTypes(List<TypeElement> types) {
    for (TypeElement t : types) {
      for (TypeElement c = t; c != null; c = superOf(c)) {
        for (Element member : c.getEnclosedElements()) {
          TypeMirror type =
              member instanceof ExecutableElement m ? m.getReturnType() : member.asType();
          if (containsError(type)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean containsError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType d) {
      return d.getTypeArguments().stream().anyMatch(EntityScanner::containsError);
    }
    if (type instanceof ArrayType a) {
      return containsError(a.getComponentType());
    }
    return false;
  }

  private static TypeElement superOf(TypeElement type) {
    TypeMirror s = type.getSuperclass();
    if (s.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
    return e.getQualifiedName().contentEquals("java.lang.Object") ? null : e;
  }

  static boolean hasJpa(Element e, String simpleName) {
    String wanted = JPA + simpleName;
    return e.getAnnotationMirrors().stream()
        .anyMatch(m -> TypeRefs.erasureName(m.getAnnotationType()).equals(wanted));
  }

  /**
   * The entity, embeddable and converter classes among these round elements and the classes nested
   * in them (Hibernate maps a nested {@code @Entity} too), by name.
   */
  public static List<TypeElement> managedTypes(Collection<? extends Element> elements) {
    List<TypeElement> result = new ArrayList<>();
    Deque<TypeElement> work = new ArrayDeque<>(ElementFilter.typesIn(elements));
    while (!work.isEmpty()) {
      TypeElement t = work.pop();
      if (hasJpa(t, "Entity") || hasJpa(t, "Embeddable") || hasJpa(t, "Converter")) {
        result.add(t);
      }
      work.addAll(ElementFilter.typesIn(t.getEnclosedElements()));
    }
    result.sort(java.util.Comparator.comparing(t -> t.getQualifiedName().toString()));
    return result;
  }
}
