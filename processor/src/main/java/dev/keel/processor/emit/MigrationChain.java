package dev.keel.processor.emit;

import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that the migrations that change the schema form one unbroken chain of snapshot hashes,
 * from the empty schema to the committed snapshot. Two migrations starting from the same snapshot
 * came from two branches; a chain that does not end at the snapshot means the snapshot or a
 * migration was edited or merged by hand. Hand-written migrations (no hashes) do not take part in
 * the chain, but no two migrations may share a version.
 */
public final class MigrationChain {

  private MigrationChain() {}

  /**
   * The problems with the chain.
   *
   * @param migrations every migration of the module
   * @param emptyHash the hash of the empty schema, where the first migration starts
   * @param snapshotHash the hash of the committed snapshot, where the last one must end
   * @param snapshotPath the snapshot file, for messages
   */
  public static List<Problem> check(
      List<MigrationSource> migrations,
      String emptyHash,
      String snapshotHash,
      String snapshotPath) {
    List<MigrationSource> chain =
        migrations.stream()
            .filter(MigrationSource::changesSchema)
            .sorted(Comparator.comparingLong(MigrationSource::version))
            .toList();
    List<Problem> problems = divergingMigrations(chain, snapshotPath);
    if (!problems.isEmpty()) {
      return problems;
    }
    problems = duplicateVersions(migrations);
    if (!problems.isEmpty()) {
      return problems;
    }
    return brokenLinks(chain, emptyHash, snapshotHash, snapshotPath);
  }

  /**
   * A problem for each migration of the chain that starts from the same snapshot as an earlier one.
   */
  private static List<Problem> divergingMigrations(
      List<MigrationSource> chain, String snapshotPath) {
    List<Problem> problems = new ArrayList<>();
    Map<String, MigrationSource> byStart = new HashMap<>();
    for (MigrationSource m : chain) {
      MigrationSource twin = byStart.putIfAbsent(m.startsFrom(), m);
      if (twin != null) {
        problems.add(
            Problem.at(
                m.className(),
                Diagnostics.DivergingMigrations,
                twin.fileName(),
                m.fileName(),
                m.startsFrom(),
                snapshotPath));
      }
    }
    return problems;
  }

  /**
   * A problem for each migration, schema-changing or hand-written, whose version is taken already.
   */
  private static List<Problem> duplicateVersions(List<MigrationSource> migrations) {
    List<Problem> problems = new ArrayList<>();
    List<MigrationSource> all =
        migrations.stream().sorted(Comparator.comparingLong(MigrationSource::version)).toList();
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).version() == all.get(i - 1).version()) {
        problems.add(
            Problem.at(
                all.get(i).className(),
                Diagnostics.DuplicateMigrationVersion,
                all.get(i - 1).fileName(),
                all.get(i).fileName(),
                all.get(i).version()));
      }
    }
    return problems;
  }

  /**
   * The first migration that does not start where the one before it ends (the empty schema for the
   * first), else a snapshot that is not where the chain ends.
   */
  private static List<Problem> brokenLinks(
      List<MigrationSource> chain, String emptyHash, String snapshotHash, String snapshotPath) {
    List<Problem> problems = new ArrayList<>();
    String expected = emptyHash;
    for (MigrationSource m : chain) {
      if (!m.startsFrom().equals(expected)) {
        problems.add(
            Problem.at(
                m.className(),
                Diagnostics.MigrationChainBroken,
                m.fileName(),
                m.startsFrom(),
                expected));
        return problems;
      }
      expected = m.endsAt();
    }
    if (!expected.equals(snapshotHash)) {
      String end =
          chain.isEmpty()
              ? "the empty schema, as no migration changes it yet"
              : "after " + chain.get(chain.size() - 1).fileName();
      problems.add(
          Problem.at(
              "", Diagnostics.SnapshotOffChain, snapshotPath, snapshotHash, expected + ", " + end));
    }
    return problems;
  }
}
