package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.entity.ScanResult;
import dev.keel.processor.validate.Problem;
import dev.keel.schema.Column;
import dev.keel.schema.Sequence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Identifier generation as Hibernate maps it (hibernate-postgresql-ddl.md §3): identity columns,
 * and the sequences that {@code SEQUENCE} and {@code AUTO} generators use.
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

  private final Names names;
  private final List<Problem> problems;
  private final Map<String, Sequence> sequences;
  private final Set<String> namespaces;
  private final Map<String, AnnotationData> generators = new TreeMap<>();

  IdMapper(
      Names names,
      List<Problem> problems,
      Map<String, Sequence> sequences,
      Set<String> namespaces) {
    this.names = names;
    this.problems = problems;
    this.sequences = sequences;
    this.namespaces = namespaces;
  }

  /** Collects every {@code @SequenceGenerator} by name; JPA generator names are global. */
  void collectGenerators(ScanResult scan) {
    for (EntityModel e : scan.types().values()) {
      e.jpa("SequenceGenerator").ifPresent(this::remember);
      e.jpa("SequenceGenerators").ifPresent(g -> g.annotations("value").forEach(this::remember));
      for (AttributeModel a : e.attributes()) {
        a.jpa("SequenceGenerator").ifPresent(this::remember);
      }
    }
  }

  private void remember(AnnotationData generator) {
    generators.putIfAbsent(generator.string("name"), generator);
  }

  /**
   * Applies the attribute's {@code @GeneratedValue}, if any: marks the column identity, or adds the
   * sequence the generator uses.
   *
   * @param logicalTable the logical name of the hierarchy's root table, for implicit sequences
   */
  void generation(
      EntityModel entity,
      String logicalTable,
      AttributeModel id,
      TableBuilder table,
      String column) {
    Optional<AnnotationData> generated = id.jpa("GeneratedValue");
    if (generated.isEmpty()) {
      return;
    }
    String strategy = generated.get().string("strategy");
    if ("IDENTITY".equals(strategy)) {
      table
          .column(column)
          .ifPresent(
              c ->
                  table.replaceColumn(
                      new Column(
                          c.name(), c.type(), false, c.defaultValue(), true, c.customType())));
      return;
    }
    boolean sequenceStrategy = "SEQUENCE".equals(strategy);
    if (!sequenceStrategy && !("AUTO".equals(strategy) || strategy.isEmpty())) {
      return;
    }
    if (!NUMERIC_IDS.contains(id.type().name())) {
      return; // AUTO on a UUID or String id generates in Java
    }
    sequence(entity, logicalTable, id, generated.get());
  }

  private void sequence(
      EntityModel entity, String logicalTable, AttributeModel id, AnnotationData generated) {
    String generatorName = generated.string("generator");
    Optional<AnnotationData> definition =
        generatorName.isBlank()
            ? entity.jpa("SequenceGenerator").filter(g -> g.string("name").isBlank())
            : Optional.ofNullable(generators.get(generatorName));
    String logical;
    long start = 1;
    long increment = 50;
    String schema = "";
    String position = generated.position();
    String owner = "Attribute '" + entity.simpleName() + "." + id.name() + "'";
    if (definition.isPresent()) {
      AnnotationData g = definition.get();
      logical = g.string("sequenceName").isBlank() ? g.string("name") : g.string("sequenceName");
      start = g.integer("initialValue", 1);
      increment = g.integer("allocationSize", 50);
      position = g.positionOf("sequenceName");
      if (!g.string("schema").isBlank()) {
        schema = names.namespace(g.string("schema"), owner, g.positionOf("schema"));
        namespaces.add(schema);
      }
    } else if (!generatorName.isBlank()) {
      logical = generatorName; // Hibernate uses an undeclared generator's name as the sequence
    } else {
      logical = logicalTable + "_SEQ";
    }
    String name = names.sequence(logical, owner, position);
    Sequence s = new Sequence(schema, name, start, increment);
    sequences.putIfAbsent(s.key(), s);
  }
}
