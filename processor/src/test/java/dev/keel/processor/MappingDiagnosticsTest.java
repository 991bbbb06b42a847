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

/** Bad relationship, override and composite-key mappings: one error each, on the element. */
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
}
