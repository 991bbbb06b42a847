package dev.keel.processor.mapping;

import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.entity.ScanResult;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the mapping stages share while one schema is built. */
final class MappingContext {

  final ScanResult scan;
  final MappingOptions options;
  final List<Problem> problems = new ArrayList<>();
  final Map<String, String> positions = new HashMap<>();
  final Map<String, TableBuilder> tables = new TreeMap<>();
  final Map<String, Sequence> sequences = new TreeMap<>();
  final TreeSet<String> namespaces = new TreeSet<>();
  final Map<String, MappedEntity> entities = new TreeMap<>();
  final Names names;
  final HintCollector hints = new HintCollector(this);

  MappingContext(ScanResult scan, MappingOptions options) {
    this.scan = scan;
    this.options = options;
    this.names = new Names(options, problems);
  }

  void problem(String position, Diagnostics diagnostic, Object... args) {
    problems.add(Problem.at(position, diagnostic, args));
  }

  /**
   * Runs one mapping step. The schema model's records refuse values PostgreSQL would refuse
   * (IllegalArgumentException); such a value comes from the annotations, so it is reported at
   * {@code position} as a {@link Diagnostics#SchemaConflict}, and mapping goes on with the rest.
   * Returns whether the step ran through.
   */
  boolean guarded(String position, Runnable step) {
    try {
      step.run();
      return true;
    } catch (IllegalArgumentException e) {
      problem(position, Diagnostics.SchemaConflict, sentence(e));
      return false;
    }
  }

  /** The model's message without its full stop, to sit inside a catalog sentence. */
  static String sentence(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage()).trim();
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  /** The mapped entity with this qualified name. */
  Optional<MappedEntity> entity(String qualifiedName) {
    return Optional.ofNullable(entities.get(qualifiedName));
  }

  /** The embeddable with this qualified name. */
  Optional<EntityModel> embeddable(String qualifiedName) {
    return scan.type(qualifiedName).filter(t -> t.kind() == EntityModel.Kind.EMBEDDABLE);
  }

  /**
   * Registers a new table; returns empty (and reports) when another owner already maps one with the
   * same name.
   */
  Optional<TableBuilder> newTable(TableBuilder table, String position, String ownerLabel) {
    TableBuilder existing = tables.get(table.key());
    if (existing != null) {
      problem(
          position, Diagnostics.DuplicateTable, existing.owner, ownerLabel, table.qualifiedName());
      return Optional.empty();
    }
    if (!table.schema.isEmpty()) {
      namespaces.add(table.schema);
    }
    tables.put(table.key(), table);
    positions.put(table.key(), position);
    return Optional.of(table);
  }

  /** A PostgreSQL schema named in an annotation: empty for the default one ({@code public}). */
  String namespace(String written, String owner, String position) {
    if (written.isBlank() || Identifiers.canonical(written.trim()).equals("public")) {
      return "";
    }
    return names.namespace(written, owner, position);
  }
}
