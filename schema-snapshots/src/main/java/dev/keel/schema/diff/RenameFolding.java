package dev.keel.schema.diff;

import dev.keel.schema.CheckConstraint;
import dev.keel.schema.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins the constraint renames to the rest of a diff. A renamed foreign key or check that the rest
 * of the diff drops anyway (because a column it uses changes type, or a key it references is
 * dropped) is dropped under its old name, and not renamed first. Primary keys, unique constraints
 * and indexes are never dropped when they keep their definition, so their renames always stay.
 */
final class RenameFolding {

  private RenameFolding() {}

  /** The constraint and index renames of {@code objects}, then {@code rest}, folded. */
  static List<SchemaChange> fold(ObjectRenames objects, List<SchemaChange> rest) {
    Set<String> folded = new TreeSet<>();
    List<SchemaChange> tail = new ArrayList<>();
    for (SchemaChange change : rest) {
      if (change instanceof DropForeignKey d) {
        String old = objects.origins().get(d.table().key() + " " + d.foreignKey().key());
        if (old != null) {
          ForeignKey fk = d.foreignKey();
          folded.add(d.table().key() + " " + fk.key());
          change =
              new DropForeignKey(
                  d.table(),
                  new ForeignKey(
                      old,
                      fk.columns(),
                      fk.referencedSchema(),
                      fk.referencedTable(),
                      fk.referencedColumns()));
        }
      } else if (change instanceof DropCheck d) {
        String old = objects.origins().get(d.table().key() + " " + d.check().key());
        if (old != null) {
          CheckConstraint c = d.check();
          folded.add(d.table().key() + " " + c.key());
          change = new DropCheck(d.table(), new CheckConstraint(old, c.column(), c.expression()));
        }
      }
      tail.add(change);
    }
    List<SchemaChange> all = new ArrayList<>();
    for (SchemaChange change : objects.changes()) {
      if (!(change instanceof RenameConstraint r)
          || !folded.contains(
              r.table().key() + " " + dev.keel.schema.Identifiers.canonical(r.to()))) {
        all.add(change);
      }
    }
    all.addAll(tail);
    return all;
  }
}
