package dev.keel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.keel.processor.testing.Fixtures;
import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.validate.Diagnostics;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statement that blocks writers of an existing table warns on the entity or attribute behind
 * it, saying what it locks and the way out; the build still succeeds. With {@code
 * -Akeel.online=true} the warnings for the changes the online forms avoid go away.
 */
class LockingWarningsTest {

  private static final String ONLINE =
      "Build with -Akeel.online=true for the online form, or run it when the table is quiet.";
  private static final String STEPS =
      "Run it when the table is quiet, or migrate in steps (a new column, a backfill, a"
          + " switch-over).";

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "fk",
            new Object[] {
              "A new foreign key",
              "member",
              "blocks writers of both tables while every row is checked",
              ONLINE
            },
            "private Audit lastAudit;",
            true),
        Arguments.of(
            "unique",
            new Object[] {
              "A new unique constraint",
              "member",
              "blocks every writer while its index is built",
              ONLINE
            },
            "private String email;",
            true),
        Arguments.of(
            "check",
            new Object[] {
              "A new check constraint",
              "member",
              "blocks readers and writers while every row is checked",
              ONLINE
            },
            "public class Member",
            true),
        Arguments.of(
            "not-null-allowed",
            new Object[] {
              "SET NOT NULL on column 'nickname'",
              "member",
              "blocks readers and writers while every row is checked",
              ONLINE
            },
            "private String nickname;",
            true),
        Arguments.of(
            "rewrite",
            new Object[] {
              "The change of column 'age'",
              "member",
              "rewrites the whole table under an ACCESS EXCLUSIVE lock (no reads, no writes), from"
                  + " integer to bigint",
              STEPS
            },
            "private Long age;",
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lockHeavyChange_warnsOnTheElement(
      String overlay, Object[] args, String line, boolean avoidedOnline) {
    ScenarioProject project = new ScenarioProject(dir.resolve("plain"));
    assertTrue(project.useSources("safety/base").compile().success());
    project.useSources("safety/base", "safety/" + overlay);
    Compilation c = Fixtures.compile(project.dir(), project.entitySources());
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(Diagnostics.LockingChange.format(args))
        .inFile(Fixtures.source(project.entitySources(), "Member.java"))
        .onLineContaining(line);

    ScenarioProject online = new ScenarioProject(dir.resolve("online"));
    assertTrue(online.useSources("safety/base").compile().success());
    online.useSources("safety/base", "safety/" + overlay);
    Compilation o = Fixtures.compile(online.dir(), online.entitySources(), "-Akeel.online=true");
    assertThat(o).succeeded();
    assertThat(o).hadWarningCount(avoidedOnline ? 0 : 1);
  }
}
