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

/** Bad mappings: one error each, from the catalog, on the element that causes it. */
class MappingDiagnosticsTest {

  @TempDir Path project;

  private Compilation compile(List<JavaFileObject> sources) {
    return Fixtures.compile(project, sources);
  }

  @Test
  void mappedByNamingNoAttribute_isAnError_onTheMappedByValue() {
    List<JavaFileObject> sources = Fixtures.sources("errors/mapped-by-unknown");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.MappedByUnknown.format(
                "OneToMany", "writer", "Writer.novels", "Novel", "author"))
        .inFile(Fixtures.source(sources, "Writer.java"))
        .onLineContaining("mappedBy = \"writer\"");
  }

  @Test
  void relationshipToANonEntity_isAnError_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/relation-not-entity");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.RelationTargetNotEntity.format(
                "Home.street", "ManyToOne", "com.example.Street"))
        .inFile(Fixtures.source(sources, "Home.java"))
        .onLineContaining("private Street street;");
  }

  @Test
  void joinColumnReferencingAMissingColumn_isAnError_onTheReferencedName() {
    List<JavaFileObject> sources = Fixtures.sources("errors/join-column-missing");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnknownReferencedColumn.format(
                "nickname", "Article.editor", "editor", "id, name"))
        .inFile(Fixtures.source(sources, "Article.java"))
        .onLineContaining("referencedColumnName = \"nickname\"");
  }

  /**
   * javac keeps no source position for the container of repeated annotations, so the error is on
   * the attribute they annotate.
   */
  @Test
  void twoOverridesOfOneAttribute_isAnError_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/conflicting-overrides");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.ConflictingOverrides.format("AttributeOverride", "name", "Place.label"))
        .inFile(Fixtures.source(sources, "Place.java"))
        .onLineContaining("private Label label;");
  }

  @Test
  void overrideNamingNoAttribute_isAnError_onTheName() {
    List<JavaFileObject> sources = Fixtures.sources("errors/unknown-override");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnknownOverride.format(
                "AttributeOverride", "title", "Venue.sign", "Sign", "name"))
        .inFile(Fixtures.source(sources, "Venue.java"))
        .onLineContaining("name = \"title\"");
  }

  @Test
  void idClassWithoutAFieldOfTheKey_isAnError_onTheIdClass() {
    List<JavaFileObject> sources = Fixtures.sources("errors/id-class-missing");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.IdClassMissingField.format("SeatKey", "Seat", "number"))
        .inFile(Fixtures.source(sources, "Seat.java"))
        .onLineContaining("@IdClass(SeatKey.class)");
  }

  @Test
  void charDiscriminatorWithoutValue_isAnError_onTheEntity() {
    List<JavaFileObject> sources = Fixtures.sources("errors/discriminator-char-without-value");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.DiscriminatorValueRequired.format("Shape", "CHAR"))
        .inFile(Fixtures.source(sources, "Shape.java"))
        .onLineContaining("public abstract class Shape");
  }

  @Test
  void integerDiscriminatorWithAWord_isAnError_onTheValue() {
    List<JavaFileObject> sources = Fixtures.sources("errors/discriminator-not-integer");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.DiscriminatorValueNotInteger.format("car", "Car"))
        .inFile(Fixtures.source(sources, "Car.java"))
        .onLineContaining("@DiscriminatorValue(\"car\")");
  }

  @Test
  void elementCollectionOfEntities_isUnsupported_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/element-collection-of-entities");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnsupportedMapping.format(
                "an @ElementCollection of entities ('Fruit')",
                "Basket.fruits",
                "Use @OneToMany or @ManyToMany."))
        .inFile(Fixtures.source(sources, "Basket.java"))
        .onLineContaining("private List<Fruit> fruits;");
  }

  @Test
  void genericEmbeddableWithTypeArguments_isUnsupported_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/generic-embeddable");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnsupportedMapping.format(
                "a generic embeddable with type arguments ('Range')",
                "Deal.quantity",
                "Give the embeddable's attributes concrete types, for example one embeddable per"
                    + " type argument."))
        .inFile(Fixtures.source(sources, "Deal.java"))
        .onLineContaining("private Range<Integer> quantity;");
  }

  @Test
  void scaleAbovePrecision_isAnError_onThePrecision() {
    List<JavaFileObject> sources = Fixtures.sources("errors/invalid-precision");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.InvalidPrecision.format(5, 7, "Price.amount"))
        .inFile(Fixtures.source(sources, "Price.java"))
        .onLineContaining("@Column(precision = 5, scale = 7)");
  }

  @Test
  void entityTypedAttributeWithoutRelation_isAnError_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/entity-without-relation");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.EntityWithoutRelation.format("Parcel.courier", "com.example.Courier"))
        .inFile(Fixtures.source(sources, "Parcel.java"))
        .onLineContaining("private Courier courier;");
  }

  @Test
  void collectionWithoutMappingAnnotation_isAnError_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/collection-without-mapping");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.CollectionWithoutMapping.format("Playlist.songs"))
        .inFile(Fixtures.source(sources, "Playlist.java"))
        .onLineContaining("private List<String> songs;");
  }

  @Test
  void idClassWithAFieldTheKeyLacks_isAnError_onTheIdClass() {
    List<JavaFileObject> sources = Fixtures.sources("errors/id-class-extra");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.IdClassExtraField.format("BookingKey", "Booking", "fare"))
        .inFile(Fixtures.source(sources, "Booking.java"))
        .onLineContaining("@IdClass(BookingKey.class)");
  }

  @Test
  void embeddedIdWithoutAttributes_isAnError_onTheId() {
    List<JavaFileObject> sources = Fixtures.sources("errors/embedded-id-empty");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.EmbeddedIdWithoutAttributes.format("Visit.key", "com.example.VisitKey"))
        .inFile(Fixtures.source(sources, "Visit.java"))
        .onLineContaining("@EmbeddedId private VisitKey key;");
  }

  @Test
  void mapsIdNamingNoPartOfTheKey_isAnError_onTheName() {
    List<JavaFileObject> sources = Fixtures.sources("errors/maps-id-unknown");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.MapsIdUnknown.format(
                "boss", "Dependent.employee", "Dependent.key", "name, employee"))
        .inFile(Fixtures.source(sources, "Dependent.java"))
        .onLineContaining("@MapsId(\"boss\")");
  }

  @Test
  void twoEntitiesRenamedFromOneTable_isAnError_onTheSecondHint() {
    List<JavaFileObject> sources = Fixtures.sources("errors/rename-hint-conflict");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(Diagnostics.RenameHintConflict.format("legacy"))
        .inFile(Fixtures.source(sources, "Beta.java"))
        .onLineContaining("@RenamedFrom(\"legacy\")");
  }

  @Test
  void renameHintsWithoutAName_areErrors_onTheirValues() {
    List<JavaFileObject> sources = Fixtures.sources("errors/rename-hint-blank");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining(Diagnostics.RenameHintBlank.format("Lamp"))
        .inFile(Fixtures.source(sources, "Lamp.java"))
        .onLineContaining("@RenamedFrom(\"\")");
    assertThat(c)
        .hadErrorContaining(Diagnostics.RenameHintBlank.format("Lamp.shade"))
        .inFile(Fixtures.source(sources, "Lamp.java"))
        .onLineContaining("@RenamedFrom(\" \")");
  }

  @Test
  void embeddableReadWithBothAccessTypes_isUnsupported_onTheSecondEmbedding() {
    List<JavaFileObject> sources = Fixtures.sources("errors/embeddable-access-conflict");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnsupportedMapping.format(
                "an embeddable read through its fields here and through its getters for"
                    + " 'Invoice.total' ('Total' has no @Access of its own, and the two ways name"
                    + " different attributes)",
                "Receipt.total",
                "Put @Access(AccessType.FIELD) or @Access(AccessType.PROPERTY) on 'Total':"
                    + " Hibernate refuses to start otherwise."))
        .inFile(Fixtures.source(sources, "Receipt.java"))
        .onLineContaining("@Embedded private Total total;");
  }

  @Test
  void mapKeyedByAnEntityWithACompositeKey_isUnsupported_onTheAttribute() {
    List<JavaFileObject> sources = Fixtures.sources("errors/map-key-composite");
    Compilation c = compile(sources);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            Diagnostics.UnsupportedMapping.format(
                "a map keyed by an entity with a composite key ('Edition')",
                "Library.notes",
                "Key the map by a basic value, or map the association from the other side."))
        .inFile(Fixtures.source(sources, "Library.java"))
        .onLineContaining("private Map<Edition, String> notes;");
  }
}
