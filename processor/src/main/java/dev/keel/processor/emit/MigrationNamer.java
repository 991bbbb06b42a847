package dev.keel.processor.emit;

import dev.keel.schema.Identifiers;
import dev.keel.schema.TableName;
import dev.keel.schema.diff.AddColumn;
import dev.keel.schema.diff.AlterColumnDefault;
import dev.keel.schema.diff.AlterColumnIdentity;
import dev.keel.schema.diff.AlterColumnNullability;
import dev.keel.schema.diff.AlterColumnType;
import dev.keel.schema.diff.CreateTable;
import dev.keel.schema.diff.DropColumn;
import dev.keel.schema.diff.DropTable;
import dev.keel.schema.diff.RenameColumn;
import dev.keel.schema.diff.RenameConstraint;
import dev.keel.schema.diff.RenameIndex;
import dev.keel.schema.diff.RenameSequence;
import dev.keel.schema.diff.RenameTable;
import dev.keel.schema.diff.SchemaChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names a migration after what it changes: {@code CreateUsersTable}, {@code
 * AddProfilePictureToUsers}, {@code DropLegacyTable}, {@code AlterEmailInUsers}, falling back to
 * {@code UpdateUsers} or {@code UpdateSchema} for mixed changes.
 */
public final class MigrationNamer {

  private static final int MAX_LENGTH = 80;
  private static final SchemaChange.Visitor<TableName> TABLE_OF = new PartOfTable();

  private MigrationNamer() {}

  /** A name for a migration made of {@code changes} (in the order the differ returned them). */
  public static String name(List<SchemaChange> changes) {
    String renamed = renames(changes);
    if (renamed != null) {
      return renamed.length() <= MAX_LENGTH ? renamed : "UpdateSchema";
    }
    Set<String> created = new LinkedHashSet<>();
    Set<String> dropped = new LinkedHashSet<>();
    for (SchemaChange c : changes) {
      if (c instanceof CreateTable t) {
        created.add(t.table().name());
      } else if (c instanceof DropTable t) {
        dropped.add(t.table().name());
      }
    }
    List<String> touched = touchedTables(changes, created, dropped);
    String name;
    if (!created.isEmpty() && dropped.isEmpty() && touched.isEmpty()) {
      name = "Create" + list(created) + (created.size() == 1 ? "Table" : "Tables");
    } else if (!dropped.isEmpty() && created.isEmpty() && touched.isEmpty()) {
      name = "Drop" + list(dropped) + (dropped.size() == 1 ? "Table" : "Tables");
    } else if (created.isEmpty() && dropped.isEmpty() && touched.size() == 1) {
      name = oneTable(changes, touched.get(0));
    } else {
      // mixed: CreateAuditEntryAndUpdateUsers, DropLegacyAndUpdateUsers, ...
      List<String> parts = new ArrayList<>();
      if (!created.isEmpty()) {
        parts.add("Create" + list(created));
      }
      if (!dropped.isEmpty()) {
        parts.add("Drop" + list(dropped));
      }
      if (!touched.isEmpty()) {
        parts.add("Update" + list(touched));
      }
      name = parts.isEmpty() ? "UpdateSchema" : String.join("And", parts);
    }
    return name.length() <= MAX_LENGTH ? name : "UpdateSchema";
  }

  /**
   * {@code RenameUsersToCustomers}, {@code RenameMailToEmailInUsers}, when the changes are one
   * rename (with the renames of the names derived from it); else null.
   */
  private static String renames(List<SchemaChange> changes) {
    List<RenameTable> tables = new ArrayList<>();
    List<RenameColumn> columns = new ArrayList<>();
    for (SchemaChange c : changes) {
      if (c instanceof RenameTable t) {
        tables.add(t);
      } else if (c instanceof RenameColumn col) {
        columns.add(col);
      } else if (!(c instanceof RenameConstraint
          || c instanceof RenameIndex
          || c instanceof RenameSequence)) {
        return null;
      }
    }
    if (tables.size() == 1 && columns.isEmpty()) {
      return "Rename"
          + camel(tables.get(0).from().name())
          + "To"
          + camel(tables.get(0).to().name());
    }
    if (tables.isEmpty() && columns.size() == 1) {
      RenameColumn c = columns.get(0);
      return "Rename" + camel(c.from()) + "To" + camel(c.to()) + "In" + camel(c.table().name());
    }
    return null;
  }

  /** The table key a change concerns, or null for sequences and namespaces. */
  public static String tableKey(SchemaChange c) {
    if (c instanceof CreateTable t) {
      return t.table().key();
    }
    if (c instanceof RenameTable t) {
      return t.to().key();
    }
    if (c instanceof DropTable t) {
      return t.table().key();
    }
    return tableOf(c) == null ? null : tableOf(c).key();
  }

  /** The table a change to a table's parts concerns; null for other changes. */
  private static TableName tableOf(SchemaChange c) {
    return c.accept(TABLE_OF);
  }

  /** Tables changed in place (not created or dropped by these changes), by name as written. */
  private static List<String> touchedTables(
      List<SchemaChange> changes, Set<String> created, Set<String> dropped) {
    Set<String> createdKeys = new LinkedHashSet<>();
    created.forEach(n -> createdKeys.add(Identifiers.canonical(n)));
    dropped.forEach(n -> createdKeys.add(Identifiers.canonical(n)));
    Set<String> touched = new LinkedHashSet<>();
    for (SchemaChange c : changes) {
      TableName t = tableOf(c);
      if (t != null && !createdKeys.contains(Identifiers.canonical(t.name()))) {
        touched.add(t.name());
      }
    }
    return new ArrayList<>(touched);
  }

  private static String oneTable(List<SchemaChange> changes, String table) {
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Set<String> altered = new LinkedHashSet<>();
    boolean other = false;
    for (SchemaChange c : changes) {
      if (c instanceof AddColumn a) {
        added.add(a.column().name());
      } else if (c instanceof DropColumn d) {
        removed.add(d.column().name());
      } else if (c instanceof AlterColumnType a) {
        altered.add(a.to().name());
      } else if (c instanceof AlterColumnNullability a) {
        altered.add(a.to().name());
      } else if (c instanceof AlterColumnDefault a) {
        altered.add(a.to().name());
      } else if (c instanceof AlterColumnIdentity a) {
        altered.add(a.to().name());
      } else if (tableOf(c) != null) {
        other = true;
      }
    }
    String t = camel(table);
    if (!added.isEmpty() && removed.isEmpty() && altered.isEmpty()) {
      return added.size() <= 2 ? "Add" + list(added) + "To" + t : "AddColumnsTo" + t;
    }
    if (!removed.isEmpty() && added.isEmpty() && altered.isEmpty()) {
      return removed.size() <= 2 ? "Drop" + list(removed) + "From" + t : "DropColumnsFrom" + t;
    }
    if (!altered.isEmpty() && added.isEmpty() && removed.isEmpty() && !other) {
      return altered.size() <= 2 ? "Alter" + list(altered) + "In" + t : "AlterColumnsIn" + t;
    }
    return "Update" + t;
  }

  private static String list(java.util.Collection<String> names) {
    List<String> camel = names.stream().map(MigrationNamer::camel).toList();
    if (camel.size() == 1) {
      return camel.get(0);
    }
    if (camel.size() == 2) {
      return camel.get(0) + "And" + camel.get(1);
    }
    return camel.get(0) + "And" + (camel.size() - 1) + "More";
  }

  /**
   * {@code profile_picture} becomes {@code ProfilePicture}; {@code "user"} becomes {@code User}.
   */
  static String camel(String name) {
    String plain = Identifiers.isQuoted(name) ? Identifiers.canonical(name) : name;
    StringBuilder b = new StringBuilder();
    for (String part : plain.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    String result = b.toString();
    return result.isEmpty() || Character.isDigit(result.charAt(0)) ? "T" + result : result;
  }
}
