package dev.keel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.validate.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mappings the mapper once failed on with an internal error: each now stops with the catalog's
 * error on the element that causes it, and nothing else.
 */
class MappingRobustnessTest {

  @TempDir Path project;

  private Compilation compile(List<JavaFileObject> sources) {
    return Fixtures.compile(project, sources);
  }

  @Test
  void relationsOfEntitiesWithoutId_reportOnlyMissingId() {
    List<JavaFileObject> sources = Fixtures.sources("errors/missing-id-related");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(Diagnostics.MissingId.format("Author"))
        .inFile(Fixtures.source(sources, "Author.java"))
        .onLineContaining("public class Author");
    assertThat(c)
        .hadErrorContaining(Diagnostics.MissingId.format("Shop"))
        .inFile(Fixtures.source(sources, "Shop.java"))
        .onLineContaining("public class Shop");
  }

  @Test
  void indexNameOfTwoTables_isASchemaConflict_onTheSecondEntity() {
    List<JavaFileObject> sources = Fixtures.sources("errors/index-name-twice");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Fixtures.prefix(
                Diagnostics.SchemaConflict,
                "Index 'idx_name' of table 'teapot' " + Fixtures.UNKNOWN))
        .inFile(Fixtures.source(sources, "Teapot.java"))
        .onLineContaining("public class Teapot");
  }

  @Test
  void uniqueConstraintAndIndexOfOneName_isASchemaConflict_onTheEntity() {
    List<JavaFileObject> sources = Fixtures.sources("errors/constraint-name-twice");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Fixtures.prefix(Diagnostics.SchemaConflict, "Table 'shelf' " + Fixtures.UNKNOWN))
        .inFile(Fixtures.source(sources, "Shelf.java"))
        .onLineContaining("public class Shelf");
  }

  @Test
  void identityIdWithColumnDefault_isASchemaConflict_onTheDefault() {
    String refused =
        refusal(() -> new dev.keel.schema.Column("id", "bigint", false, "0", true, false));
    List<JavaFileObject> sources = Fixtures.sources("errors/identity-with-default");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.SchemaConflict.format(refused))
        .inFile(Fixtures.source(sources, "Ticket.java"))
        .onLineContaining("@ColumnDefault(\"0\")");
  }

  @Test
  void checkWithoutCondition_isASchemaConflict_onTheConstraints() {
    List<JavaFileObject> sources = Fixtures.sources("errors/check-without-condition");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.SchemaConflict.format(
                "@Check on 'Gauge' has no condition in 'constraints'"))
        .inFile(Fixtures.source(sources, "Gauge.java"))
        .onLineContaining("@Check(constraints = \"\")");
  }

  @Test
  void joinedSubclassOnATakenTable_reportsOnlyDuplicateTable() {
    List<JavaFileObject> sources = Fixtures.sources("errors/joined-duplicate-table");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.DuplicateTable.format("Store", "Card", "things"))
        .inFile(Fixtures.source(sources, "Card.java"))
        .onLineContaining("@Table(name = \"things\")");
  }

  @Test
  void referencedColumnOfAnAbstractTablePerClassEntity_isUnsupported_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/referenced-column-abstract");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnsupportedMapping.format(
                "@JoinColumn(referencedColumnName) to an abstract TABLE_PER_CLASS entity"
                    + " ('Animal')",
                "Owner.pet",
                "Leave referencedColumnName out to reference its key, or reference a concrete"
                    + " subclass."))
        .inFile(Fixtures.source(sources, "Owner.java"))
        .onLineContaining("private Animal pet;");
  }

  @Test
  void mapsIdOnABasicAttribute_isUnsupported_onTheAnnotation() {
    List<JavaFileObject> sources = Fixtures.sources("errors/maps-id-basic");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnsupportedMapping.format(
                "@MapsId on an attribute that is not a @ManyToOne or @OneToOne",
                "Badge.code",
                "Put @MapsId on the relationship to the entity whose key this entity shares,"
                    + " or remove it."))
        .inFile(Fixtures.source(sources, "Badge.java"))
        .onLineContaining("@MapsId private String code;");
  }

  @Test
  void embeddableContainingItself_isACycle_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/embeddable-cycle");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.EmbeddableCycle.format("Node", "Node.child"))
        .inFile(Fixtures.source(sources, "Node.java"))
        .onLineContaining("@Embedded private Node child;");
  }

  /** javac reports each missing type; Keel adds which attribute it cannot map, and no more. */
  @Test
  void unresolvedAttributeTypes_areReportedOnce_each() {
    List<JavaFileObject> sources = Fixtures.sources("errors/unresolved-type");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(4);
    assertThat(c)
        .hadErrorContaining(Diagnostics.UnresolvedType.format("Crate.thing"))
        .inFile(Fixtures.source(sources, "Crate.java"))
        .onLineContaining("private Missing thing;");
    assertThat(c)
        .hadErrorContaining(Diagnostics.UnresolvedType.format("Crate.others"))
        .inFile(Fixtures.source(sources, "Crate.java"))
        .onLineContaining("private List<Absent> others;");
  }

  /** The message the schema model gives for what {@code build} builds. */
  private static String refusal(Runnable build) {
    try {
      build.run();
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
    throw new AssertionError("the model accepted it");
  }
}
