package dev.keel.processor.validate;

import dev.keel.processor.mapping.Hints;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.diff.AddForeignKey;
import dev.keel.schema.diff.AddUniqueConstraint;
import dev.keel.schema.safety.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which safety findings stop compilation: a destructive or ambiguous change the developer
 * has not consented to is an error; a change that locks writers out of an existing table is a
 * warning, unless the online forms avoid the lock. Problems are anchored on the entity or attribute
 * behind the change.
 */
public final class SafetyReview {

  private final Schema from;
  private final Hints hints;
  private final Map<String, String> positions;
  private final boolean online;

  /**
   * @param from the committed schema the changes start from
   * @param hints what the developer consented to
   * @param positions table and column source positions, as {@code MappingResult#positions}
   * @param online whether the migration uses the online forms
   */
  public SafetyReview(Schema from, Hints hints, Map<String, String> positions, boolean online) {
    this.from = from;
    this.hints = hints;
    this.positions = positions;
    this.online = online;
  }

  /** The problems these findings amount to. */
  public List<Problem> review(List<Finding> findings) {
    Set<String> renameCandidates = new HashSet<>();
    for (Finding f : findings) {
      if (f.kind() == Finding.Kind.POSSIBLE_RENAME) {
        renameCandidates.add(f.elementKey());
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (Finding f : findings) {
      review(f, renameCandidates).ifPresent(problems::add);
    }
    return problems;
  }

  private Optional<Problem> review(Finding f, Set<String> renameCandidates) {
    String table = f.table().toString();
    String key = f.elementKey();
    switch (f.kind()) {
      case DROP_TABLE:
        if (allowedTable(f) || renameCandidates.contains(key)) {
          return Optional.empty();
        }
        return Optional.of(Problem.at(tablePosition(f), Diagnostics.DropTable, table));
      case DROP_COLUMN:
        if (hints.dropColumns().contains(key) || renameCandidates.contains(key)) {
          return Optional.empty();
        }
        return Optional.of(Problem.at(position(f), Diagnostics.DropColumn, table, f.column()));
      case NARROW_TYPE:
        return hints.narrowing().contains(key)
            ? Optional.empty()
            : Optional.of(
                Problem.at(
                    position(f), Diagnostics.NarrowType, table, f.column(), f.before(), f.after()));
      case SET_NOT_NULL_WITHOUT_DEFAULT:
        if (hints.notNull().contains(key)) {
          return Optional.empty();
        }
        Diagnostics d =
            f.change() instanceof dev.keel.schema.diff.AddColumn
                ? Diagnostics.NotNullColumnWithoutDefault
                : Diagnostics.NotNullWithoutDefault;
        return Optional.of(Problem.at(position(f), d, table, f.column()));
      case POSSIBLE_RENAME:
        return possibleRename(f);
      default:
        return locking(f);
    }
  }

  private Optional<Problem> possibleRename(Finding f) {
    if (f.column() == null) {
      if (allowedTable(f) || hints.dropTables().contains(Identifiers.canonical(f.before()))) {
        return Optional.empty();
      }
      String added = Identifiers.qualifiedKey(f.table().schema(), f.after());
      String at = positions.getOrDefault(added, tablePosition(f));
      return Optional.of(Problem.at(at, Diagnostics.PossibleTableRename, f.before(), f.after()));
    }
    if (hints.dropColumns().contains(f.elementKey())) {
      return Optional.empty();
    }
    String addedKey = f.table().key() + "/" + Identifiers.canonical(f.after());
    String at = positions.getOrDefault(addedKey, positions.getOrDefault(f.table().key(), ""));
    return Optional.of(
        Problem.at(
            at, Diagnostics.PossibleColumnRename, f.table().toString(), f.before(), f.after()));
  }

  private Optional<Problem> locking(Finding f) {
    if (online && f.kind().avoidedByOnlineForms()) {
      return Optional.empty();
    }
    String[] text = LockingText.of(f);
    String advice =
        f.kind().avoidedByOnlineForms()
            ? "Build with -Akeel.online=true for the online form, or run it when the table is quiet."
            : "Run it when the table is quiet, or migrate in steps (a new column, a backfill, a"
                + " switch-over).";
    return Optional.of(
        Problem.at(
            position(f),
            Diagnostics.LockingChange,
            text[0],
            f.table().toString(),
            text[1],
            advice));
  }

  private boolean allowedTable(Finding f) {
    return hints.dropTables().contains(f.table().key())
        || hints.dropTables().contains(Identifiers.canonical(f.table().name()));
  }

  /**
   * The attribute behind a column (for a new unique constraint or foreign key: behind its first
   * column), else the entity behind the table.
   */
  private String position(Finding f) {
    String column = f.column();
    if (column == null && f.change() instanceof AddUniqueConstraint u) {
      column = u.uniqueConstraint().columns().get(0);
    } else if (column == null && f.change() instanceof AddForeignKey fk) {
      column = fk.foreignKey().columns().get(0);
    }
    if (column != null) {
      String at = positions.get(f.table().key() + "/" + Identifiers.canonical(column));
      if (at != null) {
        return at;
      }
    }
    return positions.getOrDefault(f.table().key(), "");
  }

  /**
   * A dropped table has no entity any more; a join or collection table is anchored on an entity its
   * foreign keys pointed at, when one is still mapped.
   */
  private String tablePosition(Finding f) {
    String own = positions.get(f.table().key());
    if (own != null) {
      return own;
    }
    Optional<Table> gone = from.table(f.table().key());
    if (gone.isPresent()) {
      for (ForeignKey fk : gone.get().foreignKeys()) {
        String at = positions.get(fk.referencedKey());
        if (at != null) {
          return at;
        }
      }
    }
    return "";
  }
}
