package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.schema.Sequence;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Identifier generation as Hibernate maps it (hibernate-postgresql-ddl.md §3): identity columns,
 * and the sequences that {@code SEQUENCE} and {@code AUTO} generators use, one per hierarchy.
 */
final class IdMapper {

  private static final Set<String> NUMERIC_IDS =
      Set.of(
          "long",
          "java.lang.Long",
          "int",
          "java.lang.Integer",
          "short",
          "java.lang.Short",
          "java.math.BigInteger",
          "java.math.BigDecimal");

  private static final String SEQUENCE_GENERATOR = "jakarta.persistence.SequenceGenerator";

  private final MappingContext ctx;
  private final Map<String, AnnotationData> generators = new TreeMap<>();

  IdMapper(MappingContext ctx) {
    this.ctx = ctx;
    for (EntityModel e : ctx.scan.types().values()) {
      AnnotationData.repeatable(e.annotations(), SEQUENCE_GENERATOR).forEach(this::remember);
      for (AttributeModel a : e.attributes()) {
        AnnotationData.repeatable(a.annotations(), SEQUENCE_GENERATOR).forEach(this::remember);
      }
    }
  }

  private void remember(AnnotationData generator) {
    generators.putIfAbsent(generator.string("name"), generator);
  }

  /**
   * Applies the id attribute's {@code @GeneratedValue}, if any: marks the column identity, or adds
   * the sequence the generator uses, named after the hierarchy's root.
   */
  void generation(MappedEntity entity, AttributeModel id, TableBuilder table, String column) {
    Optional<AnnotationData> generated = id.jpa("GeneratedValue");
    if (generated.isEmpty()) {
      return;
    }
    String strategy = generated.get().string("strategy");
    if ("TABLE".equals(strategy)) {
      ctx.problem(
          generated.get().positionOf("strategy"),
          dev.keel.processor.validate.Diagnostics.UnsupportedMapping,
          "@GeneratedValue(strategy = TABLE)",
          entity.name() + "." + id.name(),
          "Use GenerationType.SEQUENCE (or IDENTITY): PostgreSQL has real sequences, and a"
              + " migration holds schema, not the generator table's rows.");
      return;
    }
    if ("IDENTITY".equals(strategy)) {
      identity(id, generated.get(), table, column);
      return;
    }
    boolean sequence = "SEQUENCE".equals(strategy) || "AUTO".equals(strategy) || strategy.isEmpty();
    if (!sequence || !NUMERIC_IDS.contains(id.type().name())) {
      return; // AUTO on a UUID or String id generates in Java
    }
    sequence(entity, id, generated.get());
  }

  /** Makes the column an identity column; one with a default cannot be (reported). */
  private void identity(
      AttributeModel id, AnnotationData generated, TableBuilder table, String column) {
    Optional<dev.keel.schema.Column> c = table.column(column);
    if (c.isEmpty()) {
      return;
    }
    try {
      table.replaceColumn(c.get().withIdentity(true));
    } catch (IllegalArgumentException e) {
      String position =
          id.annotation(ColumnMapper.COLUMN_DEFAULT)
              .map(AnnotationData::position)
              .orElse(generated.position());
      ctx.problem(
          position,
          dev.keel.processor.validate.Diagnostics.SchemaConflict,
          MappingContext.sentence(e));
    }
  }

  private void sequence(MappedEntity entity, AttributeModel id, AnnotationData generated) {
    String generatorName = generated.string("generator");
    Optional<AnnotationData> definition =
        generatorName.isBlank()
            ? classLevelGenerator(entity)
            : Optional.ofNullable(generators.get(generatorName));
    String logical;
    long start = 1;
    long increment = 50;
    String schema = "";
    String position = generated.position();
    String owner = "Attribute '" + entity.name() + "." + id.name() + "'";
    if (definition.isPresent()) {
      AnnotationData g = definition.get();
      logical = g.string("sequenceName").isBlank() ? g.string("name") : g.string("sequenceName");
      start = g.integer("initialValue", 1);
      increment = g.integer("allocationSize", 50);
      position = g.positionOf("sequenceName");
      schema = ctx.namespace(g.string("schema"), owner, g.positionOf("schema"));
      if (!schema.isEmpty()) {
        ctx.namespaces.add(schema);
      }
    } else if (!generatorName.isBlank()) {
      logical = generatorName; // Hibernate uses an undeclared generator's name as the sequence
    } else {
      logical =
          Names.text(Names.explicitQuotes(SchemaMapper.logicalTableName(entity.root.model).trim()))
              + "_SEQ";
    }
    String name = ctx.names.sequence(logical, owner, position);
    Sequence s = new Sequence(schema, name, start, increment);
    ctx.sequences.putIfAbsent(s.key(), s);
  }

  /** JPA 3.2: an unnamed class-level {@code @SequenceGenerator} on the entity or its ancestors. */
  private static Optional<AnnotationData> classLevelGenerator(MappedEntity entity) {
    for (MappedEntity e = entity; e != null; e = e.parent) {
      Optional<AnnotationData> g =
          e.model.jpa("SequenceGenerator").filter(x -> x.string("name").isBlank());
      if (g.isPresent()) {
        return g;
      }
    }
    return Optional.empty();
  }
}
