package dev.keel.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.keel.processor.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Processor options that change the mapping. */
class MappingOptionsTest {

  @TempDir Path project;

  /** The migration written for fixture {@code bean-validation-off} with these options. */
  private String migration(String folder, String... options) throws IOException {
    Path dir = project.resolve(folder);
    Files.createDirectories(dir);
    Compilation c = Fixtures.compile(dir, Fixtures.sources("bean-validation-off"), options);
    assertThat(c).succeededWithoutWarnings();
    return Files.readString(
        dir.resolve("src/main/java/db/migration/V0001__CreateMemberTable.java"));
  }

  @Test
  void beanValidationOff_leavesNotNullAndSizeOutOfTheDdl() throws IOException {
    assertThat(migration("default")).contains("nickname varchar(20) not null");
    String off = migration("off", "-Akeel.beanValidation=false");
    assertThat(off).contains("nickname varchar(255)");
    assertThat(off).doesNotContain("varchar(20)");
    assertThat(off).doesNotContain("nickname varchar(255) not null");
  }
}
