package dev.keel.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationChainTest {

  private static final String EMPTY = "e0e0e0e0e0e0e0e0";
  private static final String PATH = "src/main/keel/schema.json";

  private static MigrationSource generated(long version, String name, String from, String to) {
    String simple = String.format("V%04d__%s", version, name);
    return new MigrationSource(version, name, "db." + simple, simple + ".java", from, to, "c");
  }

  private static MigrationSource handWritten(long version, String name) {
    return generated(version, name, "", "");
  }

  private static List<Diagnostics> check(List<MigrationSource> migrations, String snapshot) {
    return MigrationChain.check(migrations, EMPTY, snapshot, PATH).stream()
        .map(Problem::diagnostic)
        .toList();
  }

  @Test
  void unbrokenChain_withHandWrittenMigrationsBetween_isFine() {
    List<MigrationSource> chain =
        List.of(
            generated(1, "A", EMPTY, "1111111111111111"),
            handWritten(2, "Backfill"),
            generated(3, "B", "1111111111111111", "2222222222222222"));
    assertEquals(List.of(), check(chain, "2222222222222222"));
    assertEquals(List.of(), check(List.of(), EMPTY));
  }

  @Test
  void twoMigrationsFromOneSnapshot_areDivergingBranches() {
    List<MigrationSource> merged =
        List.of(
            generated(1, "A", EMPTY, "1111111111111111"),
            generated(2, "AddPhone", "1111111111111111", "2222222222222222"),
            generated(2, "AddCity", "1111111111111111", "3333333333333333"));
    List<Problem> problems = MigrationChain.check(merged, EMPTY, "2222222222222222", PATH);
    assertEquals(1, problems.size());
    assertEquals(
        Diagnostics.DivergingMigrations.format(
            "V0002__AddPhone.java", "V0002__AddCity.java", "1111111111111111", PATH),
        problems.get(0).message());
  }

  @Test
  void migrationNotStartingWhereThePreviousEnds_breaksTheChain() {
    List<MigrationSource> broken =
        List.of(
            generated(1, "A", EMPTY, "1111111111111111"),
            generated(2, "B", "9999999999999999", "2222222222222222"));
    assertEquals(List.of(Diagnostics.MigrationChainBroken), check(broken, "2222222222222222"));
  }

  @Test
  void snapshotEditedByHand_isOffTheChain() {
    List<MigrationSource> chain = List.of(generated(1, "A", EMPTY, "1111111111111111"));
    assertEquals(List.of(Diagnostics.SnapshotOffChain), check(chain, "5555555555555555"));
  }

  @Test
  void twoHandWrittenMigrationsWithOneVersion_areDuplicates() {
    List<MigrationSource> twins = List.of(handWritten(4, "One"), handWritten(4, "Two"));
    assertEquals(List.of(Diagnostics.DuplicateMigrationVersion), check(twins, EMPTY));
  }
}
