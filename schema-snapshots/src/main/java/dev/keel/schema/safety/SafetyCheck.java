package dev.keel.schema.safety;

import dev.keel.schema.Column;
import dev.keel.schema.ColumnTypes;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.schema.TableName;
import dev.keel.schema.diff.AddCheck;
import dev.keel.schema.diff.AddColumn;
import dev.keel.schema.diff.AddForeignKey;
import dev.keel.schema.diff.AddPrimaryKey;
import dev.keel.schema.diff.AddUniqueConstraint;
import dev.keel.schema.diff.AlterColumnNullability;
import dev.keel.schema.diff.AlterColumnType;
import dev.keel.schema.diff.CreateIndex;
import dev.keel.schema.diff.CreateTable;
import dev.keel.schema.diff.DropColumn;
import dev.keel.schema.diff.DropTable;
import dev.keel.schema.diff.RenameTable;
import dev.keel.schema.diff.SchemaChange;
import dev.keel.schema.safety.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Classifies the changes of a migration: which lose or reject data ({@link
 * Finding.Category#DESTRUCTIVE}), which may be meant as renames ({@link
 * Finding.Category#AMBIGUOUS}), and which block writers of an existing table while they scan or
 * rewrite it ({@link Finding.Category#LOCKING}). The rules are on {@link Kind} and, for types, on
 * {@code TypeChange}; renames themselves are never reported (they only touch the catalog). A pure
 * function: the caller turns findings into errors and warnings on the right source elements.
 */
public final class SafetyCheck {

  /**
   * Functions that make a column default volatile, so that adding the column rewrites the table.
   */
  private static final Set<String> VOLATILE =
      Set.of(
          "nextval",
          "random",
          "gen_random_uuid",
          "uuid_generate_v1",
          "uuid_generate_v1mc",
          "uuid_generate_v4",
          "clock_timestamp",
          "timeofday");

  private SafetyCheck() {}

  /**
   * The findings for {@code changes} (as {@link dev.keel.schema.diff.SchemaDiffer#diff} returns
   * them) applied to a database built from {@code from}: in the order of the changes, and per
   * change in the order of {@link Kind}.
   */
  public static List<Finding> check(Schema from, List<SchemaChange> changes) {
    Set<String> existing = existingTables(from, changes);
    List<Finding> findings = new ArrayList<>();
    for (SchemaChange change : changes) {
      destructive(change, changes, findings);
      TableName table = lockedTable(change);
      if (table != null && existing.contains(table.key())) {
        locking(change, findings);
      }
    }
    return List.copyOf(findings);
  }

  /**
   * The keys of the tables of {@code from}, under their names after the renames in {@code changes}.
   */
  private static Set<String> existingTables(Schema from, List<SchemaChange> changes) {
    Set<String> keys = new TreeSet<>();
    from.tables().forEach(t -> keys.add(t.key()));
    for (SchemaChange change : changes) {
      if (change instanceof RenameTable r && keys.remove(r.from().key())) {
        keys.add(r.to().key());
      }
    }
    return keys;
  }

  private static void destructive(
      SchemaChange change, List<SchemaChange> changes, List<Finding> findings) {
    if (change instanceof DropTable d) {
      droppedTable(d, changes, findings);
    } else if (change instanceof DropColumn d) {
      droppedColumn(d, changes, findings);
    } else if (change instanceof AlterColumnType a
        && !TypeChange.isSafeWidening(a.from().type(), a.to().type())) {
      findings.add(
          new Finding(
              Kind.NARROW_TYPE, a.table(), a.to().name(), a, a.from().type(), a.to().type()));
    } else if (change instanceof AlterColumnNullability n
        && !n.to().nullable()
        && lacksValue(n.to())) {
      findings.add(
          new Finding(Kind.SET_NOT_NULL_WITHOUT_DEFAULT, n.table(), n.to().name(), n, null, null));
    } else if (change instanceof AddColumn a && !a.column().nullable() && lacksValue(a.column())) {
      findings.add(
          new Finding(
              Kind.SET_NOT_NULL_WITHOUT_DEFAULT, a.table(), a.column().name(), a, null, null));
    }
  }

  /** A dropped table, and a possible rename for each created table with the same columns. */
  private static void droppedTable(
      DropTable d, List<SchemaChange> changes, List<Finding> findings) {
    TableName name = d.table().tableName();
    findings.add(new Finding(Kind.DROP_TABLE, name, null, d, null, null));
    for (SchemaChange other : changes) {
      if (other instanceof CreateTable c && sameColumns(d.table(), c.table())) {
        findings.add(
            new Finding(Kind.POSSIBLE_RENAME, name, null, d, d.table().name(), c.table().name()));
      }
    }
  }

  /** A dropped column, and a possible rename for each column of its type added to its table. */
  private static void droppedColumn(
      DropColumn d, List<SchemaChange> changes, List<Finding> findings) {
    Column dropped = d.column();
    findings.add(new Finding(Kind.DROP_COLUMN, d.table(), dropped.name(), d, dropped.type(), null));
    for (SchemaChange other : changes) {
      if (other instanceof AddColumn a
          && a.table().key().equals(d.table().key())
          && TypeChange.same(dropped.type(), a.column().type())) {
        findings.add(
            new Finding(
                Kind.POSSIBLE_RENAME,
                d.table(),
                dropped.name(),
                d,
                dropped.name(),
                a.column().name()));
      }
    }
  }

  private static void locking(SchemaChange change, List<Finding> findings) {
    if (change instanceof AlterColumnType a
        && TypeChange.rewrites(a.from().type(), a.to().type())) {
      findings.add(
          new Finding(
              Kind.REWRITES_TABLE, a.table(), a.to().name(), a, a.from().type(), a.to().type()));
    } else if (change instanceof AddColumn a && rewritesWhenAdded(a.column())) {
      Column c = a.column();
      String definition =
          c.type()
              + (c.identity()
                  ? " generated by default as identity"
                  : " default " + c.defaultValue());
      findings.add(new Finding(Kind.REWRITES_TABLE, a.table(), c.name(), a, null, definition));
    } else if (change instanceof CreateIndex c) {
      findings.add(
          new Finding(Kind.INDEX_WITHOUT_CONCURRENTLY, c.table(), null, c, null, c.index().name()));
    } else if (change instanceof AddForeignKey a) {
      findings.add(
          new Finding(
              Kind.FOREIGN_KEY_WITHOUT_NOT_VALID, a.table(), null, a, null, a.foreignKey().name()));
    } else if (change instanceof AddCheck a) {
      findings.add(
          new Finding(Kind.CHECK_WITHOUT_NOT_VALID, a.table(), null, a, null, a.check().name()));
    } else if (change instanceof AlterColumnNullability n && !n.to().nullable()) {
      findings.add(new Finding(Kind.SET_NOT_NULL_SCANS, n.table(), n.to().name(), n, null, null));
    } else if (change instanceof AddUniqueConstraint u) {
      findings.add(
          new Finding(
              Kind.UNIQUE_WITHOUT_INDEX_FIRST,
              u.table(),
              null,
              u,
              null,
              u.uniqueConstraint().name()));
    } else if (change instanceof AddPrimaryKey p) {
      findings.add(
          new Finding(Kind.ADD_PRIMARY_KEY, p.table(), null, p, null, p.primaryKey().name()));
    }
  }

  /** The table whose existing rows a change touches, for the changes that may lock; else null. */
  private static TableName lockedTable(SchemaChange change) {
    if (change instanceof AlterColumnType a) {
      return a.table();
    } else if (change instanceof AddColumn a) {
      return a.table();
    } else if (change instanceof CreateIndex c) {
      return c.table();
    } else if (change instanceof AddForeignKey a) {
      return a.table();
    } else if (change instanceof AddCheck a) {
      return a.table();
    } else if (change instanceof AlterColumnNullability n) {
      return n.table();
    } else if (change instanceof AddUniqueConstraint u) {
      return u.table();
    } else if (change instanceof AddPrimaryKey p) {
      return p.table();
    }
    return null;
  }

  /** Whether nothing fills the column in existing rows: no default and no identity. */
  private static boolean lacksValue(Column c) {
    return c.defaultValue() == null && !c.identity();
  }

  private static boolean rewritesWhenAdded(Column c) {
    if (c.identity()) {
      return true;
    }
    return c.defaultValue() != null
        && Identifiers.inExpression(c.defaultValue()).stream().anyMatch(VOLATILE::contains);
  }

  /** Whether two tables have the same columns: names and types as PostgreSQL stores them. */
  private static boolean sameColumns(Table a, Table b) {
    return signature(a).equals(signature(b));
  }

  private static Set<String> signature(Table t) {
    Set<String> columns = new TreeSet<>();
    t.columns().forEach(c -> columns.add(c.key() + " " + ColumnTypes.formatType(c.type())));
    return columns;
  }
}
