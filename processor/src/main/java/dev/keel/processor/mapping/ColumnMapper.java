package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.TypeRef;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import dev.keel.schema.Column;
import dev.keel.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Maps one basic attribute to a column of its table, with its unique and check constraints. */
final class ColumnMapper {

  private static final String COLUMN_DEFAULT = "ColumnDefault";

  private final Names names;
  private final List<Problem> problems;
  private final java.util.Map<String, String> positions;

  ColumnMapper(Names names, List<Problem> problems, java.util.Map<String, String> positions) {
    this.names = names;
    this.problems = problems;
    this.positions = positions;
  }

  /** Where a basic attribute's column comes from: its own {@code @Column}, or an override. */
  record Source(
      AttributeModel attribute, String ownerLabel, Optional<AnnotationData> column, boolean id) {}

  /**
   * Maps a basic attribute into {@code table}; returns the column's DDL name, or empty when the
   * attribute cannot be mapped (a problem is recorded).
   */
  Optional<String> map(Source source, TableBuilder table) {
    AttributeModel a = source.attribute();
    Optional<AnnotationData> column = source.column();
    Optional<Typed> typed = type(a, column);
    if (typed.isEmpty()) {
      problems.add(
          Problem.at(
              a.position(),
              Diagnostics.UnmappableType,
              source.ownerLabel() + "." + a.name(),
              a.type().name()));
      return Optional.empty();
    }
    String logical = column.map(c -> c.string("name")).filter(n -> !n.isBlank()).orElse(a.name());
    String position =
        column.filter(c -> c.isSet("name")).map(c -> c.positionOf("name")).orElse(a.position());
    String name =
        names.column(logical, "Attribute '" + source.ownerLabel() + "." + a.name() + "'", position);
    String definition = column.map(c -> c.string("columnDefinition")).orElse("");
    boolean custom = !definition.isBlank();
    Column c =
        new Column(
            name,
            custom ? definition.trim() : typed.get().type(),
            !source.id() && nullable(a, column, typed.get().primitive()),
            a.bySimpleName(COLUMN_DEFAULT).map(d -> d.string("value")).orElse(null),
            false,
            custom);
    boolean readOnly =
        column.map(x -> !x.bool("insertable", true) && !x.bool("updatable", true)).orElse(false);
    Optional<TableBuilder.ColumnOwner> clash =
        table.addColumn(
            c,
            new TableBuilder.ColumnOwner(
                source.ownerLabel() + "." + a.name(), a.position(), readOnly),
            logical);
    if (clash.isPresent()) {
      problems.add(
          Problem.at(
              a.position(),
              Diagnostics.DuplicateColumn,
              clash.get().attribute(),
              source.ownerLabel() + "." + a.name(),
              c.name(),
              table.qualifiedName()));
      return Optional.empty();
    }
    positions.put(table.key() + "/" + c.key(), a.position());
    if (column.map(x -> x.bool("unique", false)).orElse(false)) {
      table.addUnique(
          new UniqueConstraint(Constraints.unique(table, List.of(name)), List.of(name)));
    }
    typed.get().check(name).ifPresent(e -> table.addCheck(Constraints.columnCheck(table, name, e)));
    return Optional.of(name);
  }

  /** A column type with, for enums, the check Hibernate adds on the column. */
  private record Typed(String type, boolean primitive, List<String> enumValues, boolean ordinal) {

    Optional<String> check(String column) {
      if (enumValues.isEmpty()) {
        return Optional.empty();
      }
      if (ordinal) {
        return Optional.of("(" + column + " between 0 and " + (enumValues.size() - 1) + ")");
      }
      String values =
          enumValues.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(joining());
      return Optional.of("(" + column + " in (" + values + "))");
    }

    private static java.util.stream.Collector<CharSequence, ?, String> joining() {
      return Collectors.joining(",");
    }
  }

  private Optional<Typed> type(AttributeModel a, Optional<AnnotationData> column) {
    TypeRef t = a.type();
    if (t.isEnum()) {
      boolean string =
          a.jpa("Enumerated").map(e -> "STRING".equals(e.string("value"))).orElse(false);
      String type = string ? TypeMapping.varchar(column) : "smallint";
      return Optional.of(new Typed(type, false, t.enumConstants(), !string));
    }
    return TypeMapping.map(a, t).map(m -> new Typed(m.type(), m.primitive(), List.of(), false));
  }

  /** Hibernate 7's nullability rules (hibernate-postgresql-ddl.md §2.1). */
  static boolean nullable(AttributeModel a, Optional<AnnotationData> column, boolean primitive) {
    if (a.has("Id") || a.has("Version")) {
      return false;
    }
    if (column.isPresent() && !column.get().bool("nullable", true)) {
      return false;
    }
    if (a.jpa("Basic").map(b -> !b.bool("optional", true)).orElse(false)) {
      return false;
    }
    // a primitive is not null unless an @Column (nullable by default) says otherwise
    return !(primitive && a.jpa("Column").isEmpty());
  }
}
