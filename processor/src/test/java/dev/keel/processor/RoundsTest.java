package dev.keel.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.processor.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keel waits for types other processors generate: an entity whose attribute type does not exist yet
 * in the first round maps as if the type had been written by hand.
 */
class RoundsTest {

  private static final String STATUS =
      "package com.example.rounds;\n\npublic enum Status {\n  OPEN,\n  CLOSED\n}\n";

  @TempDir Path dir;

  /** Generates {@code com.example.rounds.Status} in the first round, as e.g. a code generator. */
  private static final class StatusGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w =
            processingEnv.getFiler().createSourceFile("com.example.rounds.Status").openWriter()) {
          w.write(STATUS);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void attributeTypeGeneratedInALaterRound_mapsLikeAWrittenOne() throws IOException {
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Compilation withGenerator =
        Compiler.javac()
            .withProcessors(new KeelProcessor(), new StatusGenerator())
            .withOptions("-Akeel.projectDir=" + generated)
            .compile(Fixtures.sources("toplevel-rounds"));
    assertThat(withGenerator).succeededWithoutWarnings();

    Path written = Files.createDirectories(dir.resolve("written"));
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.sources("toplevel-rounds"));
    sources.add(JavaFileObjects.forSourceString("com.example.rounds.Status", STATUS));
    assertThat(Fixtures.compile(written, sources)).succeededWithoutWarnings();

    String migration = "src/main/java/db/migration/V0001__CreateTicketTable.java";
    assertThat(Files.readString(generated.resolve(migration))).contains("status");
    assertThat(Files.readString(generated.resolve(migration)))
        .isEqualTo(Files.readString(written.resolve(migration)));
  }
}
