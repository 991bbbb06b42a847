package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discriminator column of a SINGLE_TABLE hierarchy (or a JOINED one that declares
 * {@code @DiscriminatorColumn}), its check of the known values, and the checks Hibernate 7 adds for
 * subclass columns that would be not null in their own table (§5, §8).
 */
final class Discriminators {

  /**
   * {@code @DiscriminatorValue("null")}: rows whose discriminator is null; the column becomes
   * nullable and the value stays out of the check (Hibernate's {@code
   * DiscriminatorColumnSecondPass}). Kept in the values map as this unquoted SQL word, which no
   * quoted or numeric literal equals.
   */
  private static final String NULL = "null";

  /**
   * {@code @DiscriminatorValue("not null")}: a catch-all for every other value, so the column has
   * no check of its values at all.
   */
  private static final String NOT_NULL = "not null";

  private final MappingContext ctx;

  Discriminators(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** Adds the discriminator of every hierarchy that has one, and the subclass checks. */
  void map(List<AttributeMapper.SubclassNotNull> subclassNotNull) {
    for (MappedEntity root : ctx.entities.values()) {
      if (!root.isRoot() || root.table == null) {
        continue;
      }
      Optional<AnnotationData> dc = Hierarchies.discriminatorColumn(root);
      boolean single = root.strategy == MappedEntity.Strategy.SINGLE_TABLE;
      boolean joined = root.strategy == MappedEntity.Strategy.JOINED && dc.isPresent();
      if (!single && !joined) {
        continue;
      }
      String kind = dc.map(d -> d.string("discriminatorType")).orElse("STRING");
      Map<MappedEntity, String> values = values(root, kind);
      ctx.guarded(
          root.model.position(),
          () -> {
            String column = discriminator(root, dc, kind, values);
            if (single) {
              subclassChecks(root, column, values, subclassNotNull);
            }
          });
    }
  }

  private String discriminator(
      MappedEntity root,
      Optional<AnnotationData> dc,
      String kind,
      Map<MappedEntity, String> values) {
    String logical = dc.map(d -> d.string("name")).filter(n -> !n.isBlank()).orElse("DTYPE");
    String position = dc.map(AnnotationData::position).orElse(root.model.position());
    String name = ctx.names.column(logical, "The discriminator of '" + root.name() + "'", position);
    String definition = dc.map(d -> d.string("columnDefinition")).orElse("").trim();
    String type = type(kind, dc);
    root.table.addColumn(
        new Column(
            name,
            definition.isEmpty() ? type : definition,
            values.containsValue(NULL),
            null,
            false,
            !definition.isEmpty()),
        new TableBuilder.ColumnOwner(root.name() + " (discriminator)", position, false),
        logical);
    List<String> concrete = new ArrayList<>();
    values.forEach(
        (e, value) -> {
          if (!e.model.isAbstract() && !NULL.equals(value)) {
            concrete.add(value);
          }
        });
    if (!concrete.isEmpty() && !values.containsValue(NOT_NULL)) {
      root.table.addCheck(
          Constraints.columnCheck(
              root.table, name, "(" + name + " in (" + String.join(",", concrete) + "))"));
    }
    return name;
  }

  /** The column type of a discriminator of this kind: {@code varchar(31)} unless said otherwise. */
  private static String type(String kind, Optional<AnnotationData> dc) {
    switch (kind) {
      case "INTEGER":
        return "integer";
      case "CHAR":
        return "char(1)";
      default:
        return "varchar(" + dc.map(d -> d.integer("length", 31)).orElse(31) + ")";
    }
  }

  /**
   * The discriminator value of each entity of the hierarchy, in {@link #hierarchy} order, as an SQL
   * literal; an entity whose value is missing or not of the column's type is reported and left out.
   */
  private Map<MappedEntity, String> values(MappedEntity root, String kind) {
    Map<MappedEntity, String> result = new LinkedHashMap<>();
    for (MappedEntity e : hierarchy(root)) {
      value(e, kind).ifPresent(v -> result.put(e, v));
    }
    return result;
  }

  /**
   * {@code @DiscriminatorValue}, else what Hibernate uses: the entity name, or for INTEGER its
   * {@code hashCode()}; CHAR has no default. An INTEGER value must parse as an int, unless it is
   * one of the two special values {@code "null"} and {@code "not null"}, which any type accepts.
   */
  private Optional<String> value(MappedEntity e, String kind) {
    Optional<AnnotationData> written =
        e.model.jpa("DiscriminatorValue").filter(v -> !v.string("value").isBlank());
    if (written.isEmpty()) {
      if ("CHAR".equals(kind)) {
        ctx.problem(e.model.position(), Diagnostics.DiscriminatorValueRequired, e.name(), kind);
        return Optional.empty();
      }
      return Optional.of(
          "INTEGER".equals(kind)
              ? String.valueOf(e.entityName().hashCode())
              : quoted(e.entityName()));
    }
    String value = written.get().string("value");
    if (NULL.equals(value) || NOT_NULL.equals(value)) {
      return Optional.of(value);
    }
    if (!"INTEGER".equals(kind)) {
      return Optional.of(quoted(value));
    }
    try {
      return Optional.of(String.valueOf(Integer.parseInt(value)));
    } catch (NumberFormatException notANumber) {
      ctx.problem(
          written.get().positionOf("value"),
          Diagnostics.DiscriminatorValueNotInteger,
          value,
          e.name());
      return Optional.empty();
    }
  }

  /**
   * One check per subclass: {@code dtype <> 'Car' or (a is not null and b is not null)} over the
   * columns it would make not null, in attribute-name order (Hibernate's {@code
   * SingleTableSubclass}). A subclass whose value is {@code "null"} gets {@code dtype is null or
   * (…)}, as Hibernate writes it; one whose value is {@code "not null"} gets none.
   */
  private void subclassChecks(
      MappedEntity root,
      String column,
      Map<MappedEntity, String> values,
      List<AttributeMapper.SubclassNotNull> subclassNotNull) {
    for (MappedEntity e : hierarchy(root)) {
      List<AttributeMapper.SubclassNotNull> own =
          subclassNotNull.stream()
              .filter(s -> s.subclass() == e)
              .sorted(Comparator.comparing(AttributeMapper.SubclassNotNull::attribute))
              .toList();
      String value = values.get(e);
      if (own.isEmpty() || value == null || NOT_NULL.equals(value)) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (AttributeMapper.SubclassNotNull s : own) {
        parts.add(s.column() + " is not null");
      }
      root.table.addCheck(
          Constraints.tableCheck(
              root.table,
              column
                  + (NULL.equals(value) ? " is null" : " <> " + value)
                  + " or ("
                  + String.join(" and ", parts)
                  + ")"));
    }
  }

  /** The root first, then its subclasses depth-first in name order. */
  static List<MappedEntity> hierarchy(MappedEntity root) {
    List<MappedEntity> result = new ArrayList<>();
    result.add(root);
    List<MappedEntity> children = new ArrayList<>(root.children);
    children.sort(Comparator.comparing(c -> c.model.qualifiedName()));
    for (MappedEntity c : children) {
      result.addAll(hierarchy(c));
    }
    return result;
  }

  private static String quoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
