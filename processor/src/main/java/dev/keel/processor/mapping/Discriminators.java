package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.schema.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The discriminator column of a SINGLE_TABLE hierarchy (or a JOINED one that declares
 * {@code @DiscriminatorColumn}), its check of the known values, and the checks Hibernate 7 adds for
 * subclass columns that would be not null in their own table (§5, §8).
 */
final class Discriminators {

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
      ctx.guarded(
          root.model.position(),
          () -> {
            String column = discriminator(root, dc);
            if (single) {
              subclassChecks(root, column, dc, subclassNotNull);
            }
          });
    }
  }

  private String discriminator(MappedEntity root, Optional<AnnotationData> dc) {
    String logical = dc.map(d -> d.string("name")).filter(n -> !n.isBlank()).orElse("DTYPE");
    String position = dc.map(AnnotationData::position).orElse(root.model.position());
    String name = ctx.names.column(logical, "The discriminator of '" + root.name() + "'", position);
    String kind = dc.map(d -> d.string("discriminatorType")).orElse("STRING");
    String definition = dc.map(d -> d.string("columnDefinition")).orElse("").trim();
    String type;
    switch (kind) {
      case "INTEGER":
        type = "integer";
        break;
      case "CHAR":
        type = "char(1)";
        break;
      default:
        type = "varchar(" + dc.map(d -> d.integer("length", 31)).orElse(31) + ")";
    }
    root.table.addColumn(
        new Column(
            name,
            definition.isEmpty() ? type : definition,
            false,
            null,
            false,
            !definition.isEmpty()),
        new TableBuilder.ColumnOwner(root.name() + " (discriminator)", position, false),
        logical);
    List<String> values = new ArrayList<>();
    for (MappedEntity e : hierarchy(root)) {
      if (!e.model.isAbstract()) {
        values.add(literal(Hierarchies.discriminatorValue(e), kind));
      }
    }
    if (!values.isEmpty()) {
      root.table.addCheck(
          Constraints.columnCheck(
              root.table, name, "(" + name + " in (" + String.join(",", values) + "))"));
    }
    return name;
  }

  /**
   * One check per subclass: {@code dtype <> 'Car' or (a is not null and b is not null)} over the
   * columns it would make not null, in attribute-name order (Hibernate's {@code
   * SingleTableSubclass}).
   */
  private void subclassChecks(
      MappedEntity root,
      String column,
      Optional<AnnotationData> dc,
      List<AttributeMapper.SubclassNotNull> subclassNotNull) {
    String kind = dc.map(d -> d.string("discriminatorType")).orElse("STRING");
    for (MappedEntity e : hierarchy(root)) {
      List<AttributeMapper.SubclassNotNull> own =
          subclassNotNull.stream()
              .filter(s -> s.subclass() == e)
              .sorted(Comparator.comparing(AttributeMapper.SubclassNotNull::attribute))
              .toList();
      if (own.isEmpty()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (AttributeMapper.SubclassNotNull s : own) {
        parts.add(s.column() + " is not null");
      }
      String value = literal(Hierarchies.discriminatorValue(e), kind);
      root.table.addCheck(
          Constraints.tableCheck(
              root.table, column + " <> " + value + " or (" + String.join(" and ", parts) + ")"));
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

  private static String literal(String value, String kind) {
    return "INTEGER".equals(kind) ? value : "'" + value.replace("'", "''") + "'";
  }
}
