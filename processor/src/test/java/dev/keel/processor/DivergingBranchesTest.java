package dev.keel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.processor.testing.ScenarioProject;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.schema.json.SnapshotCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches each generate a migration from the same snapshot and are merged with real git. The
 * build then stops with an error naming both migration files and the fix; following the fix (keep
 * the main branch's migration and snapshot, delete the other, rebuild) makes Keel generate the
 * other branch's change again on top.
 */
class DivergingBranchesTest {

  @TempDir Path dir;

  @Test
  void mergedBranches_stopTheBuild_andTheFixRegeneratesOnTop() throws Exception {
    ScenarioProject project = new ScenarioProject(dir);
    git("init", "-q", "-b", "main");
    git("config", "user.email", "dev@example.com");
    git("config", "user.name", "Dev");
    ScenarioProject.Step base = project.useSources("safety/base").compile();
    assertTrue(base.success());
    commit("base");

    git("checkout", "-q", "-b", "phone");
    assertTrue(project.useSources("safety/base", "safety/branch-phone").compile().success());
    commit("phone");
    git("checkout", "-q", "main");
    git("checkout", "-q", "-b", "city");
    assertTrue(project.useSources("safety/base", "safety/branch-city").compile().success());
    commit("city");

    git("checkout", "-q", "main");
    git("merge", "-q", "phone");
    int merge = gitStatus("merge", "-q", "city");
    assertTrue(merge != 0, "the snapshot and the entity conflict");
    // the developer resolves the entity by keeping both fields, and the snapshot by taking main's
    project.useSources("safety/base", "safety/branch-both");
    git("checkout", "main", "--", "src/main/keel/schema.json");
    assertEquals(
        List.of(
            "V0001__CreateAuditAndMemberTables.java",
            "V0002__AddCityToMember.java",
            "V0002__AddPhoneToMember.java"),
        names(project),
        "git merged both branches' migrations");

    ScenarioProject.Step broken = project.compile();
    assertTrue(!broken.success(), "the merge must not build");
    assertTrue(
        broken
            .diagnostics()
            .contains(
                Diagnostics.DivergingMigrations.format(
                    "V0002__AddCityToMember.java",
                    "V0002__AddPhoneToMember.java",
                    SnapshotCodec.hash(base.snapshot()),
                    "src/main/keel/schema.json")),
        broken.diagnostics());

    Files.delete(project.migrationsFolder().resolve("V0002__AddCityToMember.java"));
    ScenarioProject.Step fixed = project.compile();
    assertTrue(fixed.success(), fixed.diagnostics());
    assertEquals(
        List.of(
            "V0001__CreateAuditAndMemberTables.java",
            "V0002__AddPhoneToMember.java",
            "V0003__AddCityToMember.java"),
        names(project));
    commit("merge city");
  }

  private static List<String> names(ScenarioProject project) throws IOException {
    List<String> result = new ArrayList<>();
    for (Path p : project.migrationFiles()) {
      result.add(p.getFileName().toString());
    }
    return result;
  }

  private void commit(String message) throws Exception {
    git("add", "-A", "src");
    git("commit", "-q", "-m", message);
  }

  private void git(String... args) throws Exception {
    int code = gitStatus(args);
    assertEquals(0, code, "git " + String.join(" ", args));
  }

  private int gitStatus(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("git.log").toFile())
            .start();
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    return p.exitValue();
  }
}
