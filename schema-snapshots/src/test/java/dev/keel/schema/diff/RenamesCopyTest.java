package dev.keel.schema.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keel.schema.Schema;
import dev.keel.schema.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The differ's rename records keep copies of what they are given, as every model record does. */
class RenamesCopyTest {

  private static final SchemaChange RENAME =
      new RenameTable(new TableName("", "a"), new TableName("", "b"));

  @Test
  void hintedRenames_listsChangedAfterwards_keepTheirCopies() {
    List<DiffHints.TableRename> tables =
        new ArrayList<>(List.of(new DiffHints.TableRename("a", "b")));
    List<DiffHints.ColumnRename> columns = new ArrayList<>();
    List<SchemaChange> changes = new ArrayList<>(List.of(RENAME));
    HintedRenames renames = new HintedRenames(tables, columns, Schema.EMPTY, changes);
    tables.clear();
    columns.add(new DiffHints.ColumnRename("b", "x", "y"));
    changes.clear();
    assertEquals(1, renames.tables().size());
    assertEquals(List.of(), renames.columns());
    assertEquals(List.of(RENAME), renames.changes());
    assertThrows(UnsupportedOperationException.class, () -> renames.changes().clear());
  }

  @Test
  void objectRenames_listAndMapChangedAfterwards_keepTheirCopies() {
    List<SchemaChange> changes = new ArrayList<>(List.of(RENAME));
    Map<String, String> origins = new HashMap<>(Map.of("b fk_new", "fk_old"));
    ObjectRenames renames = new ObjectRenames(Schema.EMPTY, changes, origins);
    changes.clear();
    origins.clear();
    assertEquals(List.of(RENAME), renames.changes());
    assertEquals(Map.of("b fk_new", "fk_old"), renames.origins());
    assertThrows(UnsupportedOperationException.class, () -> renames.origins().clear());
  }
}
