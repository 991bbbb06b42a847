package dev.keel.bench.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Decides, from a seed, what each generated entity looks like: its name, its table, one attribute
 * of every {@link AttributeKind} in a shuffled order with varied names and column settings, two
 * indexes, and for the {@code relations} shape the attributes of {@link RelationPlanner}. Entity
 * {@code i} draws from a random of its own, so it is the same whatever the number of entities
 * (relation targets aside).
 */
final class EntityPlanner {

  /** How many enum types the entities share. */
  static final int ENUM_TYPES = 10;

  private static final String JPA = "jakarta.persistence.";
  private static final List<String> NOUNS =
      List.of(
          "Account",
          "Invoice",
          "Customer",
          "Shipment",
          "Product",
          "Ticket",
          "Project",
          "Payment",
          "Vehicle",
          "Booking",
          "Article",
          "Device",
          "Warehouse",
          "Contract",
          "Employee",
          "Supplier",
          "Campaign",
          "Policy",
          "Course",
          "Station");
  private static final int[] LENGTHS = {40, 80, 120, 200};
  private static final int[] PRECISIONS = {10, 12, 19};

  private final long seed;
  private final List<String> classNames = new ArrayList<>();
  private final RelationPlanner relations;

  EntityPlanner(int count, EntityShape shape, long seed) {
    this.seed = seed;
    for (int i = 0; i < count; i++) {
      String noun = NOUNS.get(random(i).nextInt(NOUNS.size()));
      classNames.add(noun + String.format(Locale.ROOT, "%04d", i + 1));
    }
    relations = shape == EntityShape.RELATIONS ? new RelationPlanner(classNames, seed) : null;
  }

  /** The simple class name of entity {@code i}. */
  String className(int i) {
    return classNames.get(i);
  }

  /** The simple name of enum type {@code k}, 0-based. */
  static String enumName(int k) {
    return String.format(Locale.ROOT, "Stage%02d", k + 1);
  }

  /** Entity {@code i}, 0-based. */
  EntitySpec plan(int i) {
    Random random = random(i);
    random.nextInt(NOUNS.size()); // the draw that chose the class name
    String className = classNames.get(i);
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(id(random));
    List<AttributeKind> kinds = new ArrayList<>(List.of(AttributeKind.values()));
    Collections.shuffle(kinds, random);
    Map<AttributeKind, String> names = new EnumMap<>(AttributeKind.class);
    for (AttributeKind kind : kinds) {
      Attribute a = basic(kind, random);
      attributes.add(a);
      names.put(kind, a.name());
    }
    if (relations != null) {
      attributes.addAll(relations.attributes(i));
    }
    TreeSet<String> imports = new TreeSet<>(List.of(JPA + "Entity", JPA + "Index", JPA + "Table"));
    attributes.forEach(a -> imports.addAll(a.imports()));
    String table = table(className.toLowerCase(Locale.ROOT), names, random);
    return new EntitySpec(className, List.of("@Entity", table), attributes, List.copyOf(imports));
  }

  /**
   * {@code @Table}, with an explicit name half of the time, a named index on the string with a
   * length and a composite one on the enum and the decimal.
   */
  private static String table(String lower, Map<AttributeKind, String> names, Random random) {
    String tableName =
        random.nextBoolean() ? "name = \"" + lower.replaceAll("(\\d+)$", "_$1") + "\", " : "";
    String indexed = names.get(AttributeKind.STRING_WITH_LENGTH);
    return "@Table("
        + tableName
        + "indexes = {@Index(name = \"ix_"
        + lower
        + "_"
        + indexed
        + "\", columnList = \""
        + indexed
        + "\"), @Index(columnList = \""
        + names.get(AttributeKind.ENUM)
        + ", "
        + names.get(AttributeKind.BIG_DECIMAL)
        + " desc\")})";
  }

  private Random random(int i) {
    return new Random(seed * 1_000_003L + i);
  }

  private static Attribute id(Random random) {
    if (random.nextInt(5) == 0) {
      return Attribute.of(
          "Long",
          "id",
          List.of(JPA + "GeneratedValue", JPA + "GenerationType", JPA + "Id"),
          "@Id",
          "@GeneratedValue(strategy = GenerationType.IDENTITY)");
    }
    return Attribute.of(
        "Long", "id", List.of(JPA + "GeneratedValue", JPA + "Id"), "@Id", "@GeneratedValue");
  }

  private static Attribute basic(AttributeKind kind, Random random) {
    String name = kind.names().get(random.nextInt(kind.names().size()));
    List<String> imports = new ArrayList<>();
    if (!kind.javaImport().isEmpty()) {
      imports.add(kind.javaImport());
    }
    if (kind == AttributeKind.ENUM) {
      String type = enumName(random.nextInt(ENUM_TYPES));
      imports.add(JPA + "EnumType");
      imports.add(JPA + "Enumerated");
      return new Attribute(List.of("@Enumerated(EnumType.STRING)"), type, name, "", imports);
    }
    List<String> annotations = column(kind, random);
    if (!annotations.isEmpty()) {
      imports.add(JPA + "Column");
    }
    return new Attribute(annotations, kind.javaType(), name, "", imports);
  }

  /** The {@code @Column} of a basic attribute, if it has one. */
  private static List<String> column(AttributeKind kind, Random random) {
    switch (kind) {
      case STRING_WITH_LENGTH:
        int length = LENGTHS[random.nextInt(LENGTHS.length)];
        return List.of("@Column(nullable = false, length = " + length + ")");
      case BIG_DECIMAL:
        int precision = PRECISIONS[random.nextInt(PRECISIONS.length)];
        int scale = 2 + 2 * random.nextInt(2);
        return List.of("@Column(precision = " + precision + ", scale = " + scale + ")");
      case LOCAL_DATE_TIME:
        return List.of("@Column(nullable = false)");
      case UUID:
        return List.of("@Column(unique = true)");
      default:
        return List.of();
    }
  }
}
