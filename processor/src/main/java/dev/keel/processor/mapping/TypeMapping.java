package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.TypeRef;
import dev.keel.schema.ColumnTypes;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL column type Hibernate ORM 7 gives a basic Java type (facts:
 * hibernate-postgresql-ddl.md §2), before {@code columnDefinition} and converters are applied.
 */
public final class TypeMapping {

  /** The type for a basic attribute, and whether the Java type is primitive. */
  public record Mapped(String type, boolean primitive) {}

  private static final Map<String, String> FIXED =
      Map.ofEntries(
          Map.entry("boolean", "boolean"),
          Map.entry("java.lang.Boolean", "boolean"),
          Map.entry("byte", "smallint"),
          Map.entry("java.lang.Byte", "smallint"),
          Map.entry("short", "smallint"),
          Map.entry("java.lang.Short", "smallint"),
          Map.entry("int", "integer"),
          Map.entry("java.lang.Integer", "integer"),
          Map.entry("long", "bigint"),
          Map.entry("java.lang.Long", "bigint"),
          Map.entry("float", "float4"),
          Map.entry("java.lang.Float", "float4"),
          Map.entry("char", "char(1)"),
          Map.entry("java.lang.Character", "char(1)"),
          Map.entry("java.util.UUID", "uuid"),
          Map.entry("java.sql.Blob", "oid"),
          Map.entry("java.sql.Clob", "oid"),
          Map.entry("java.sql.NClob", "oid"),
          Map.entry("java.time.LocalDate", "date"),
          Map.entry("java.sql.Date", "date"),
          Map.entry("java.time.LocalDateTime", "timestamp(6)"),
          Map.entry("java.sql.Timestamp", "timestamp(6)"),
          Map.entry("java.time.Instant", "timestamp(6) with time zone"),
          Map.entry("java.time.OffsetDateTime", "timestamp(6) with time zone"),
          Map.entry("java.time.ZonedDateTime", "timestamp(6) with time zone"),
          Map.entry("java.time.Duration", "numeric(21,0)"),
          Map.entry("java.time.Year", "integer"),
          Map.entry("java.net.URL", "varchar(255)"),
          Map.entry("java.util.Locale", "varchar(255)"),
          Map.entry("java.util.TimeZone", "varchar(255)"),
          Map.entry("java.time.ZoneId", "varchar(255)"),
          Map.entry("java.lang.Class", "varchar(255)"),
          Map.entry("java.util.Currency", "varchar(3)"),
          Map.entry("java.time.ZoneOffset", "varchar(6)"));

  private TypeMapping() {}

  /**
   * The column type of a value of type {@code type}, given the annotations that shape it: its
   * column ({@code @Column}, {@code @MapKeyColumn}), {@code @Lob}, and the {@code @Temporal} kind.
   */
  public static Optional<Mapped> map(
      TypeRef type, Optional<AnnotationData> column, boolean lob, String temporal) {
    String name = type.name();
    boolean primitive = type.kind() == TypeRef.Kind.PRIMITIVE;
    String fixed = FIXED.get(name);
    if (fixed != null) {
      return Optional.of(new Mapped(withSecondPrecision(fixed, column), primitive));
    }
    Optional<Mapped> shaped = shapedByAnnotations(name, primitive, column, lob, temporal);
    if (shaped.isPresent()) {
      return shaped;
    }
    if (type.isA("java.time.ZoneId")) {
      return Optional.of(new Mapped("varchar(255)", false));
    }
    if (isSerialized(type)) {
      return Optional.of(new Mapped(lob ? "oid" : "bytea", false));
    }
    return Optional.empty();
  }

  /** A fixed type, with a timestamp's precision replaced by {@code @Column(secondPrecision)}. */
  private static String withSecondPrecision(String fixed, Optional<AnnotationData> column) {
    int precision = secondPrecision(column);
    if (precision >= 0 && fixed.startsWith("timestamp(6)")) {
      return "timestamp(" + precision + ")" + fixed.substring("timestamp(6)".length());
    }
    return fixed;
  }

  /**
   * The type of a Java type whose column type depends on its column, {@code @Lob} or
   * {@code @Temporal} (strings, binary, decimals, times, legacy dates), by its name; else empty.
   */
  private static Optional<Mapped> shapedByAnnotations(
      String name,
      boolean primitive,
      Optional<AnnotationData> column,
      boolean lob,
      String temporal) {
    switch (name) {
      case "java.lang.String":
      case "char[]":
        return Optional.of(new Mapped(lob ? "oid" : varchar(column), false));
      case "byte[]":
        return Optional.of(new Mapped(lob ? "oid" : "bytea", false));
      case "double":
      case "java.lang.Double":
        return Optional.of(new Mapped(doubleType(column), primitive));
      case "java.math.BigDecimal":
        return Optional.of(new Mapped(decimal(column), false));
      case "java.math.BigInteger":
        int p = column.map(c -> c.integer("precision", 0)).orElse(0);
        return Optional.of(new Mapped("numeric(" + (p > 0 ? p : 38) + ",0)", false));
      case "java.time.LocalTime":
      case "java.time.OffsetTime":
      case "java.sql.Time":
        return Optional.of(new Mapped(time(column), false));
      case "java.util.Date":
      case "java.util.Calendar":
      case "java.util.GregorianCalendar":
        return Optional.of(new Mapped(temporal(temporal, column), false));
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether Hibernate stores a value of this type serialized: a serializable class that is no enum,
   * collection, map, entity or embeddable.
   */
  private static boolean isSerialized(TypeRef type) {
    return type.kind() == TypeRef.Kind.DECLARED
        && type.serializable()
        && !type.isEnum()
        && !type.isA("java.util.Collection")
        && !type.isA("java.util.Map")
        && !type.hasJpa("Entity")
        && !type.hasJpa("Embeddable");
  }

  /** The varchar Hibernate writes for a string of this {@code @Column(length)}. */
  static String varchar(Optional<AnnotationData> column) {
    int length = column.map(c -> c.integer("length", 255)).orElse(255);
    return length > ColumnTypes.MAX_VARCHAR ? "text" : "varchar(" + length + ")";
  }

  private static String doubleType(Optional<AnnotationData> column) {
    int precision = column.map(c -> c.integer("precision", 0)).orElse(0);
    if (precision <= 0) {
      return "float(53)";
    }
    // decimal digits to binary digits, as Hibernate does
    return "float(" + (int) Math.ceil(precision * Math.log(10) / Math.log(2)) + ")";
  }

  private static String decimal(Optional<AnnotationData> column) {
    int precision = column.map(c -> c.integer("precision", 0)).orElse(0);
    if (precision <= 0) {
      return "numeric(38,2)";
    }
    int scale = column.map(c -> c.integer("scale", 0)).orElse(0);
    return "numeric(" + precision + "," + scale + ")";
  }

  private static String time(Optional<AnnotationData> column) {
    int p = secondPrecision(column);
    return "time(" + (p >= 0 ? p : 0) + ")";
  }

  /** JPA 3.2's {@code @Column(secondPrecision)}, or -1 when absent or left at its default. */
  static int secondPrecision(Optional<AnnotationData> column) {
    return column.map(c -> c.integer("secondPrecision", -1)).orElse(-1);
  }

  private static String temporal(String kind, Optional<AnnotationData> column) {
    switch (kind) {
      case "DATE":
        return "date";
      case "TIME":
        return time(column);
      default:
        return "timestamp(6)";
    }
  }
}
