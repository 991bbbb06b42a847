package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.TypeRef;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the owning side of to-one associations: foreign-key columns in the owner's table, the
 * foreign key, and a unique constraint for one-to-one (hibernate-postgresql-ddl.md §6).
 */
final class AssociationMapper {

  /**
   * The columns a to-one added.
   *
   * @param columns the foreign-key columns, in the order of the referenced key
   * @param implicitNotNull whether a root entity would make them not null although they stayed
   *     nullable (SINGLE_TABLE subclasses get a check instead)
   */
  record ToOne(List<String> columns, boolean implicitNotNull) {}

  private final MappingContext ctx;

  AssociationMapper(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** The entity an association attribute refers to; reports when it is not an entity. */
  Optional<MappedEntity> target(AttributeModel a, String label, TypeRef type) {
    String relation = AttributeKind.relationName(a);
    String name = AttributeKind.targetName(a, type);
    Optional<MappedEntity> target = ctx.entity(name);
    if (target.isEmpty()) {
      ctx.problem(a.position(), Diagnostics.RelationTargetNotEntity, label, relation, name);
    }
    return target;
  }

  /**
   * Maps a {@code @ManyToOne} or owning {@code @OneToOne} into {@code table}.
   *
   * @param joinColumns the {@code @JoinColumn}s in force (an {@code @AssociationOverride}'s, else
   *     the attribute's)
   * @param context where the attribute sits (an id, an embeddable, a SINGLE_TABLE subclass, ...)
   */
  Optional<ToOne> toOne(
      MappedEntity owner,
      AttributeModel a,
      String label,
      TableBuilder table,
      List<AnnotationData> joinColumns,
      ColumnMapper.Context context) {
    String relation = a.has("OneToOne") ? "OneToOne" : "ManyToOne";
    AnnotationData r = a.jpa(relation).orElseThrow();
    if (!r.string("mappedBy").isBlank()) {
      Inverses.check(ctx, a, r, label, a.type());
      return Optional.empty();
    }
    Optional<MappedEntity> target = target(a, label, a.type());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Optional<List<KeyColumn>> referenced = referenced(target.get(), joinColumns, a, label);
    if (referenced.isEmpty() || referenced.get().isEmpty()) {
      return Optional.empty(); // a target without a key is reported as MissingId
    }
    boolean id = context == ColumnMapper.Context.ID || a.has("MapsId") || a.has("Id");
    boolean implicitNotNull = !r.bool("optional", true) && !id;
    boolean inSubclass = context == ColumnMapper.Context.SINGLE_TABLE_SUBCLASS;
    boolean notNullByAttribute = id || (implicitNotNull && !inSubclass);
    Optional<List<String>> columns =
        addJoinColumns(a, label, table, joinColumns, referenced.get(), notNullByAttribute);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    if (relation.equals("OneToOne")) {
      table.addUnique(
          new UniqueConstraint(Constraints.unique(table, columns.get()), columns.get()));
    }
    Optional<AnnotationData> fk = JoinColumns.foreignKey(a, joinColumns);
    foreignKey(table, columns.get(), target.get(), referenced.get(), fk);
    return Optional.of(new ToOne(columns.get(), implicitNotNull && inSubclass));
  }

  /**
   * Adds a foreign-key column for each referenced column, the i-th described by the i-th join
   * column if there is one; returns their names, or empty if one clashed with an existing column.
   *
   * @param notNullByAttribute whether the attribute makes the columns not null (an id, or a
   *     non-optional association outside a SINGLE_TABLE subclass)
   */
  private Optional<List<String>> addJoinColumns(
      AttributeModel a,
      String label,
      TableBuilder table,
      List<AnnotationData> joinColumns,
      List<KeyColumn> referenced,
      boolean notNullByAttribute) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < referenced.size(); i++) {
      Optional<AnnotationData> jc =
          i < joinColumns.size() ? Optional.of(joinColumns.get(i)) : Optional.empty();
      Optional<String> name =
          addJoinColumn(a, label, table, referenced.get(i), jc, notNullByAttribute);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      if (referenced.size() == 1) {
        ctx.hints.attribute(a, label, table, name.get());
      }
      columns.add(name.get());
    }
    return Optional.of(columns);
  }

  /**
   * Adds the foreign-key column referencing {@code ref}; returns its name, or empty (reported) if
   * it clashes with an existing column.
   */
  private Optional<String> addJoinColumn(
      AttributeModel a,
      String label,
      TableBuilder table,
      KeyColumn ref,
      Optional<AnnotationData> jc,
      boolean notNullByAttribute) {
    boolean explicitNotNull = jc.map(j -> !j.bool("nullable", true)).orElse(false);
    boolean notNull = notNullByAttribute || explicitNotNull;
    String logical =
        jc.map(j -> j.string("name"))
            .filter(n -> !n.isBlank())
            .orElse(ctx.names.implicitReferencing(ref.table(), a.name(), "_", ref.name()));
    String position =
        jc.filter(j -> j.isSet("name")).map(j -> j.positionOf("name")).orElse(a.position());
    String name = ctx.names.column(logical, "Attribute '" + label + "'", position);
    boolean readOnly =
        jc.map(j -> !j.bool("insertable", true) && !j.bool("updatable", true)).orElse(false);
    Column c = new Column(name, ref.type(), !notNull, null, false, false);
    Optional<TableBuilder.ColumnOwner> clash =
        table.addColumn(c, new TableBuilder.ColumnOwner(label, a.position(), readOnly), logical);
    if (clash.isPresent()) {
      ctx.problem(
          a.position(),
          Diagnostics.DuplicateColumn,
          clash.get().attribute(),
          label,
          name,
          table.qualifiedName());
      return Optional.empty();
    }
    ctx.positions.put(table.key() + "/" + c.key(), a.position());
    return Optional.of(name);
  }

  /** The target columns a to-one references: its key, or the join columns' referenced columns. */
  Optional<List<KeyColumn>> referenced(
      MappedEntity target, List<AnnotationData> joinColumns, AttributeModel a, String label) {
    boolean byName =
        joinColumns.stream().anyMatch(j -> !j.string("referencedColumnName").isBlank());
    if (!byName) {
      return Optional.of(target.keyColumns);
    }
    TableBuilder targetTable = target.table != null ? target.table : target.root.table;
    if (targetTable == null) {
      reportNoTable(target, a, label);
      return Optional.empty();
    }
    List<KeyColumn> result = new ArrayList<>();
    for (AnnotationData j : joinColumns) {
      String written = j.string("referencedColumnName");
      Optional<Column> c =
          targetTable.resolveColumn(written, ctx.names.naming()).flatMap(targetTable::column);
      if (c.isEmpty()) {
        ctx.problem(
            j.positionOf("referencedColumnName"),
            Diagnostics.UnknownReferencedColumn,
            written,
            label,
            targetTable.qualifiedName(),
            String.join(", ", targetTable.columnNames()));
        return Optional.empty();
      }
      result.add(keyColumn(c.get(), targetTable));
    }
    return Optional.of(result);
  }

  /**
   * Reports a {@code referencedColumnName} into an entity without a table: an abstract
   * TABLE_PER_CLASS class. (Any other entity without one lost it to a DuplicateTable, reported.)
   */
  private void reportNoTable(MappedEntity target, AttributeModel a, String label) {
    if (target.model.isAbstract()) {
      ctx.problem(
          a.position(),
          Diagnostics.UnsupportedMapping,
          "@JoinColumn(referencedColumnName) to an abstract TABLE_PER_CLASS entity ('"
              + target.name()
              + "')",
          label,
          "Leave referencedColumnName out to reference its key, or reference a concrete"
              + " subclass.");
    }
  }

  /** A column as a foreign key references it (identity is not part of the referencing type). */
  static KeyColumn keyColumn(Column c, TableBuilder table) {
    return new KeyColumn(
        c.name(),
        c.type(),
        Identifiers.isQuoted(c.name()) ? Identifiers.canonical(c.name()) : c.name(),
        table.name);
  }

  /** Adds the foreign key from {@code columns} of {@code table} to {@code target}, if wanted. */
  void foreignKey(
      TableBuilder table,
      List<String> columns,
      MappedEntity target,
      List<KeyColumn> referenced,
      Optional<AnnotationData> fk) {
    if (target.table == null || columns.isEmpty() || JoinColumns.noConstraint(fk)) {
      return; // an abstract TABLE_PER_CLASS class has no table to reference
    }
    String explicit = JoinColumns.name(fk);
    String name =
        explicit.isBlank()
            ? ctx.names.constraint(
                HibernateNames.foreignKey(table.name, target.table.name, columns))
            : ctx.names.constraint(explicit);
    table.addForeignKey(
        new ForeignKey(
            name,
            columns,
            target.table.schema,
            target.table.name,
            referenced.stream().map(KeyColumn::name).toList()));
  }
}
