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
    if (!problems.isEmpty()) {
      return problems;
    }
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
    if (!problems.isEmpty()) {
      return problems;
    }
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
