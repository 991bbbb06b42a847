package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.ConverterModel;
import dev.keel.processor.entity.TypeRef;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.Column;
import dev.keel.schema.ColumnTypes;
import dev.keel.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Maps one basic value (an attribute, an embeddable's attribute, a collection element) to a column
 * of a table, with the unique and check constraints Hibernate puts on it.
 */
final class ColumnMapper {

  /** Where the value sits, which decides its nullability rules (hibernate-postgresql-ddl §2.1). */
  enum Context {
    ENTITY,
    ID,
    EMBEDDED,
    SINGLE_TABLE_SUBCLASS,
    COLLECTION_VALUE
  }

  /**
   * What to map.
   *
   * @param attribute the attribute the annotations come from
   * @param type the Java type of the value (the element type for collections)
   * @param label the attribute for messages, {@code Customer.address.street}
   * @param column the effective {@code @Column}: an override, else the attribute's own
   * @param context where the value sits
   * @param validation whether Bean Validation DDL applies (the option, and {@code @Valid} for
   *     embeddables)
   * @param validationNotNull whether Bean Validation's not-null applies
   */
  record Source(
      AttributeModel attribute,
      TypeRef type,
      String label,
      Optional<AnnotationData> column,
      Context context,
      boolean validation,
      boolean validationNotNull) {}

  /**
   * A mapped column.
   *
   * @param name its DDL name
   * @param implicitNotNull whether a root entity would make it not null although it stayed nullable
   *     (SINGLE_TABLE subclasses get a check instead)
   */
  record Mapped(String name, boolean implicitNotNull) {}

  static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";
  private static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";
  private static final int SQL_TYPES_JSON = 3001;
  private static final int SQL_TYPES_SQLXML = 2009;

  private final MappingContext ctx;

  ColumnMapper(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** Maps the value into {@code table}; empty (and a problem) when it cannot be mapped. */
  Optional<Mapped> map(Source s, TableBuilder table) {
    AttributeModel a = s.attribute();
    if (!s.type().isResolved()) {
      return Optional.empty(); // javac reports it, and the validator names the attribute
    }
    Optional<Typed> typed = type(s);
    if (typed.isEmpty()) {
      ctx.problem(a.position(), Diagnostics.UnmappableType, s.label(), s.type().name());
      return Optional.empty();
    }
    Optional<AnnotationData> column = s.column();
    String logical = column.map(c -> c.string("name")).filter(n -> !n.isBlank()).orElse(a.name());
    String position =
        column.filter(c -> c.isSet("name")).map(c -> c.positionOf("name")).orElse(a.position());
    String name = ctx.names.column(logical, "Attribute '" + s.label() + "'", position);
    boolean explicitNotNull = column.map(c -> !c.bool("nullable", true)).orElse(false);
    boolean implicitNotNull = implicitNotNull(s, typed.get().primitive());
    boolean notNull = notNull(s.context(), explicitNotNull, implicitNotNull, s);
    Column c = column(s, typed.get(), name, notNull);
    if (!addColumn(s, table, c, logical)) {
      return Optional.empty();
    }
    ctx.hints.attribute(a, s.label(), table, name);
    constraints(s, typed.get(), table, name);
    return Optional.of(new Mapped(name, implicitNotNull && !notNull));
  }

  /**
   * The column: its type from {@code columnDefinition} if written, else the mapped type, and its
   * {@code @ColumnDefault}.
   */
  private static Column column(Source s, Typed typed, String name, boolean notNull) {
    String definition = s.column().map(c -> c.string("columnDefinition")).orElse("").trim();
    String defaultValue =
        s.attribute().annotation(COLUMN_DEFAULT).map(d -> d.string("value")).orElse(null);
    return new Column(
        name,
        definition.isEmpty() ? typed.type() : definition,
        !notNull,
        defaultValue,
        false,
        !definition.isEmpty());
  }

  /**
   * Adds the column to {@code table} and records its position; false (reported) if another
   * attribute already maps a column of that name.
   */
  private boolean addColumn(Source s, TableBuilder table, Column c, String logical) {
    AttributeModel a = s.attribute();
    boolean readOnly =
        s.column()
            .map(x -> !x.bool("insertable", true) && !x.bool("updatable", true))
            .orElse(false);
    Optional<TableBuilder.ColumnOwner> clash =
        table.addColumn(
            c, new TableBuilder.ColumnOwner(s.label(), a.position(), readOnly), logical);
    if (clash.isPresent()) {
      ctx.problem(
          a.position(),
          Diagnostics.DuplicateColumn,
          clash.get().attribute(),
          s.label(),
          c.name(),
          table.qualifiedName());
      return false;
    }
    ctx.positions.put(table.key() + "/" + c.key(), a.position());
    return true;
  }

  /**
   * The column's unique constraint and checks. Hibernate writes every unnamed check of a column as
   * one {@code check ((a) and (b))}, so they become one constraint here too; named ones stay apart.
   */
  private void constraints(Source s, Typed typed, TableBuilder table, String name) {
    if (s.context() != Context.ID && s.column().map(x -> x.bool("unique", false)).orElse(false)) {
      table.addUnique(
          new UniqueConstraint(Constraints.unique(table, List.of(name)), List.of(name)));
    }
    List<String> anonymous = new java.util.ArrayList<>();
    typed.check(name).ifPresent(anonymous::add);
    if (s.validation()) {
      anonymous.addAll(BeanValidation.checks(s.attribute(), name));
    }
    for (AnnotationData check :
        HibernateAnnotations.checks(s.attribute().annotations(), s.label(), ctx)) {
      String n = check.string("name");
      String e = check.string("constraints");
      if (n.isBlank()) {
        anonymous.add(e);
      } else {
        table.addCheck(new dev.keel.schema.CheckConstraint(ctx.names.constraint(n), name, e));
      }
    }
    if (!anonymous.isEmpty()) {
      String expression =
          anonymous.stream().map(e -> "(" + e + ")").collect(Collectors.joining(" and "));
      table.addCheck(Constraints.columnCheck(table, name, expression));
    }
  }

  private static boolean notNull(Context context, boolean explicit, boolean implicit, Source s) {
    switch (context) {
      case ID:
        return true;
      case ENTITY:
        return explicit || implicit;
      case EMBEDDED:
        return explicit
            || s.attribute().jpa("Basic").map(b -> !b.bool("optional", true)).orElse(false)
            || (s.validationNotNull() && BeanValidation.notNull(s.attribute()));
      default:
        return explicit;
    }
  }

  /** Hibernate 7's implicit not-null: primitives without @Column, @Basic(optional=false), ... */
  private boolean implicitNotNull(Source s, boolean primitive) {
    AttributeModel a = s.attribute();
    if (a.has("Version")) {
      return true;
    }
    if (a.jpa("Basic").map(b -> !b.bool("optional", true)).orElse(false)) {
      return true;
    }
    if (s.validationNotNull() && BeanValidation.notNull(a)) {
      return true;
    }
    return primitive && a.jpa("Column").isEmpty() && s.context() != Context.EMBEDDED;
  }

  /** A column type with, for enums, the check Hibernate adds on the column. */
  private record Typed(String type, boolean primitive, List<String> enumValues, boolean ordinal) {

    Optional<String> check(String column) {
      return enumValues.isEmpty()
          ? Optional.empty()
          : Optional.of(enumCheck(column, enumValues, ordinal));
    }
  }

  /**
   * The check Hibernate puts on an enum column: {@code c between 0 and n} for ordinals, else {@code
   * c in ('A','B')}.
   */
  static String enumCheck(String column, List<String> constants, boolean ordinal) {
    if (ordinal) {
      return column + " between 0 and " + (constants.size() - 1);
    }
    String values =
        constants.stream()
            .map(v -> "'" + v.replace("'", "''") + "'")
            .collect(Collectors.joining(","));
    return column + " in (" + values + ")";
  }

  private Optional<Typed> type(Source s) {
    AttributeModel a = s.attribute();
    TypeRef t = s.type();
    Optional<ConverterModel> converter = converter(a, t);
    String temporal = a.jpa("Temporal").map(x -> x.string("value")).orElse("TIMESTAMP");
    if (converter.isPresent()) {
      return TypeMapping.map(converter.get().databaseType(), s.column(), a.has("Lob"), temporal)
          .map(m -> new Typed(m.type(), false, List.of(), false));
    }
    Optional<AnnotationData> code = a.annotation(JDBC_TYPE_CODE);
    if (code.isPresent()) {
      int value = code.get().integer("value", 0);
      if (value == SQL_TYPES_JSON) {
        return Optional.of(new Typed("jsonb", false, List.of(), false));
      }
      if (value == SQL_TYPES_SQLXML) {
        return Optional.of(new Typed("xml", false, List.of(), false));
      }
    }
    if (t.isEnum()) {
      boolean string = enumeratedString(a);
      String type = string ? varchar(s, 255) : "smallint";
      return Optional.of(new Typed(type, false, t.enumConstants(), !string));
    }
    Optional<TypeMapping.Mapped> mapped = TypeMapping.map(t, s.column(), a.has("Lob"), temporal);
    if (mapped.isEmpty()) {
      return Optional.empty();
    }
    String type = mapped.get().type();
    if (s.validation() && type.startsWith("varchar(")) {
      type = varchar(s, ColumnTypes.firstModifier(type).orElse(255));
    }
    int[] digits = s.validation() ? BeanValidation.digits(a) : null;
    if (digits != null && type.startsWith("numeric(")) {
      type = "numeric(" + digits[0] + "," + digits[1] + ")";
    }
    return Optional.of(new Typed(type, mapped.get().primitive(), List.of(), false));
  }

  /** A String column's varchar, with Bean Validation's max length when that applies. */
  private static String varchar(Source s, int fallback) {
    int length = s.column().map(c -> c.integer("length", 255)).orElse(fallback);
    OptionalInt max =
        s.validation() ? BeanValidation.maxLength(s.attribute()) : OptionalInt.empty();
    if (max.isPresent()) {
      length = max.getAsInt();
    }
    return length > ColumnTypes.MAX_VARCHAR ? "text" : "varchar(" + length + ")";
  }

  private static boolean enumeratedString(AttributeModel a) {
    return a.jpa("Enumerated").map(e -> "STRING".equals(e.string("value"))).orElse(false);
  }

  /** The converter for this value: {@code @Convert(converter)}, else an auto-applied one. */
  Optional<ConverterModel> converter(AttributeModel a, TypeRef t) {
    Optional<AnnotationData> convert = a.jpa("Convert");
    if (convert.isPresent() && convert.get().bool("disableConversion", false)) {
      return Optional.empty();
    }
    Optional<ConverterModel> explicit =
        convert
            .filter(c -> c.string("attributeName").isBlank())
            .flatMap(c -> c.className("converter"))
            .filter(n -> !n.equals("jakarta.persistence.AttributeConverter"))
            .map(ctx.scan.converters()::get);
    if (explicit.isPresent()) {
      return explicit;
    }
    return ctx.scan.converters().values().stream()
        .filter(c -> c.autoApply() && c.attributeType().name().equals(t.name()))
        .findFirst();
  }
}
