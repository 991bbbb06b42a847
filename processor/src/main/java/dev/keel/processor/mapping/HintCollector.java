package dev.keel.processor.mapping;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.Identifiers;
import dev.keel.schema.diff.DiffHints;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Collects the hint annotations of {@code dev.keel.runtime.annotations} while entities map. */
final class HintCollector {

  private final MappingContext ctx;

  HintCollector(MappingContext ctx) {
    this.ctx = ctx;
  }

  private static final String PACKAGE = "dev.keel.runtime.annotations.";

  private DiffHints renames = DiffHints.NONE;
  private final Map<String, String> positions = new HashMap<>();
  private final Set<String> dropTables = new HashSet<>();
  private final Set<String> dropColumns = new HashSet<>();
  private final Set<String> narrowing = new HashSet<>();
  private final Set<String> notNull = new HashSet<>();

  /**
   * The entity {@code label} (its name, for messages), mapped to {@code table}, carries these
   * class-level annotations.
   */
  void entity(String label, Map<String, AnnotationData> annotations, TableBuilder table) {
    Optional.ofNullable(annotations.get(PACKAGE + "RenamedFrom"))
        .filter(r -> written(r, label))
        .ifPresent(
            r -> {
              String old = Identifiers.qualifiedKey(table.schema, r.string("value").trim());
              if (!old.equals(table.key())) {
                try {
                  renames = renames.renameTable(old, table.key());
                  positions.put("table:" + old, r.position());
                } catch (IllegalArgumentException e) {
                  ctx.problem(r.position(), Diagnostics.RenameHintConflict, r.string("value"));
                }
              }
            });
    Optional.ofNullable(annotations.get(PACKAGE + "AllowDrop"))
        .ifPresent(
            d -> {
              d.strings("columns").forEach(c -> dropColumns.add(columnKey(table, c)));
              d.strings("tables").forEach(this::allowDropTable);
            });
  }

  /** A table that may be dropped, named as written (qualified or not). */
  void allowDropTable(String written) {
    String w = written.trim();
    int dot = w.indexOf('.');
    dropTables.add(
        dot < 0
            ? Identifiers.canonical(w)
            : Identifiers.qualifiedKey(w.substring(0, dot), w.substring(dot + 1)));
  }

  /**
   * The attribute {@code a} ({@code label} in messages) maps to {@code column} of {@code table}.
   */
  void attribute(AttributeModel a, String label, TableBuilder table, String column) {
    String key = columnKey(table, column);
    a.annotation(PACKAGE + "RenamedFrom")
        .filter(r -> written(r, label))
        .ifPresent(
            r -> {
              String old = Identifiers.canonical(r.string("value").trim());
              if (!old.equals(Identifiers.canonical(column))) {
                try {
                  renames = renames.renameColumn(table.key(), old, Identifiers.canonical(column));
                  positions.put("column:" + table.key() + "." + old, r.position());
                } catch (IllegalArgumentException e) {
                  ctx.problem(r.position(), Diagnostics.RenameHintConflict, r.string("value"));
                }
              }
            });
    if (a.annotation(PACKAGE + "AllowNarrowing").isPresent()) {
      narrowing.add(key);
    }
    if (a.annotation(PACKAGE + "AllowNotNull").isPresent()) {
      notNull.add(key);
    }
  }

  /** Whether a {@code @RenamedFrom} names an old name; reports it when it does not. */
  private boolean written(AnnotationData renamedFrom, String label) {
    if (!renamedFrom.string("value").isBlank()) {
      return true;
    }
    ctx.problem(renamedFrom.positionOf("value"), Diagnostics.RenameHintBlank, label);
    return false;
  }

  private static String columnKey(TableBuilder table, String column) {
    return table.key() + "." + Identifiers.canonical(column.trim());
  }

  Hints build() {
    return new Hints(renames, positions, dropTables, dropColumns, narrowing, notNull);
  }
}
