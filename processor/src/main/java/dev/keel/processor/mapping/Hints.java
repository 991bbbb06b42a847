package dev.keel.processor.mapping;

import dev.keel.schema.diff.DiffHints;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the developer wrote next to the entities to steer the next migration: renames
 * ({@code @RenamedFrom}) and consent to destructive changes ({@code @AllowDrop},
 * {@code @AllowNarrowing}, {@code @AllowNotNull}). Column keys are {@code <table key>.<canonical
 * column>}, as {@link dev.keel.schema.safety.Finding#elementKey()} spells them.
 *
 * @param renames the rename hints for the differ
 * @param renamePositions where each rename hint is written: {@code table:<old key>} or {@code
 *     column:<table key>.<old column>} to a source position key
 * @param dropTables tables that may be dropped (canonical qualified keys)
 * @param dropColumns columns that may be dropped
 * @param narrowing columns whose type may narrow
 * @param notNull columns that may become not null without a default
 */
public record Hints(
    DiffHints renames,
    Map<String, String> renamePositions,
    Set<String> dropTables,
    Set<String> dropColumns,
    Set<String> narrowing,
    Set<String> notNull) {

  public Hints {
    renamePositions = java.util.Collections.unmodifiableMap(new TreeMap<>(renamePositions));
    dropTables = java.util.Collections.unmodifiableSet(new TreeSet<>(dropTables));
    dropColumns = java.util.Collections.unmodifiableSet(new TreeSet<>(dropColumns));
    narrowing = java.util.Collections.unmodifiableSet(new TreeSet<>(narrowing));
    notNull = java.util.Collections.unmodifiableSet(new TreeSet<>(notNull));
  }

  /** No hints. */
  public static final Hints NONE =
      new Hints(DiffHints.NONE, Map.of(), Set.of(), Set.of(), Set.of(), Set.of());

  /** These hints with more tables that may be dropped (from the processor option). */
  public Hints withDropTables(Set<String> more) {
    Set<String> all = new TreeSet<>(dropTables);
    all.addAll(more);
    return new Hints(renames, renamePositions, all, dropColumns, narrowing, notNull);
  }
}
