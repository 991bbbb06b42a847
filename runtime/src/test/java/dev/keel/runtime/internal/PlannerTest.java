package dev.keel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keel.runtime.MigrationStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final String T = "\"keel_schema_history\"";

  @Test
  void plan_versionsCompareAsNumbers() {
    Plan plan = plan(List.of(entry(2), entry(9), entry(10), entry(100)), List.of(applied(9)));

    assertEquals(List.of(10L, 100L), versions(plan.pending()));
    assertEquals(9, plan.currentVersion());
  }

  @Test
  void plan_target_limitsPending() {
    Plan plan =
        new Planner(10, false, T)
            .planWithStatuses(List.of(entry(9), entry(10), entry(11)), List.of());

    assertEquals(List.of(9L, 10L), versions(plan.pending()));
    assertEquals(List.of("9 PENDING", "10 PENDING", "11 PENDING"), states(plan.statuses()));
  }

  @Test
  void plan_everyState() {
    List<IndexEntry> code =
        List.of(
            entry(1),
            entry(2),
            entry(3),
            new IndexEntry(4, "M4", "a.M4", "ffffffffffffffff", "t"),
            entry(6),
            entry(8));
    List<AppliedMigration> history = List.of(baseline(2), applied(4), applied(5), applied(7));

    Plan plan = plan(code, history);

    assertEquals(
        List.of(
            "1 BELOW_BASELINE",
            "2 BASELINE",
            "3 OUT_OF_ORDER",
            "4 CHANGED",
            "5 MISSING",
            "6 OUT_OF_ORDER",
            "7 MISSING",
            "8 PENDING"),
        states(plan.statuses()));
    assertEquals(List.of(8L), versions(plan.pending()));
    assertEquals(5, plan.problems().size());
    assertTrue(plan.problems().get(0).startsWith("Migration 3 'M3' is pending but version 7"));
    assertTrue(plan.problems().get(1).startsWith("Migration 4 'M4' was changed"));
    assertTrue(plan.problems().get(3).startsWith("Migration 5 'M5' is recorded in"));
  }

  @Test
  void plan_forARun_decidesTheSameWithoutStatuses() {
    List<IndexEntry> code = List.of(entry(1), entry(2), entry(3), entry(5));
    List<AppliedMigration> history = List.of(applied(1), applied(3), applied(4));

    Plan full = plan(code, history);
    Plan forRun = new Planner(Long.MAX_VALUE, false, T).plan(code, history);

    assertEquals(List.of(), forRun.statuses());
    assertEquals(full.pending(), forRun.pending());
    assertEquals(full.problems(), forRun.problems());
    assertEquals(full.currentVersion(), forRun.currentVersion());
    assertEquals(List.of(5L), versions(forRun.pending()));
    assertEquals(2, forRun.problems().size());
  }

  @Test
  void plan_outOfOrderAllowed_isPendingAndNoProblem() {
    Plan plan =
        new Planner(Long.MAX_VALUE, true, T)
            .plan(List.of(entry(1), entry(2), entry(3)), List.of(applied(1), applied(3)));

    assertEquals(List.of(2L), versions(plan.pending()));
    assertEquals(List.of(), plan.problems());
  }

  private static Plan plan(List<IndexEntry> code, List<AppliedMigration> history) {
    return new Planner(Long.MAX_VALUE, false, T).planWithStatuses(code, history);
  }

  private static IndexEntry entry(long v) {
    return new IndexEntry(v, "M" + v, "a.M" + v, String.format("%016x", v), "test");
  }

  private static AppliedMigration applied(long v) {
    return new AppliedMigration(v, "M" + v, String.format("%016x", v), false, true, 0, "me", 1);
  }

  private static AppliedMigration baseline(long v) {
    return new AppliedMigration(v, "<< baseline >>", "", true, true, 0, "me", 0);
  }

  private static List<Long> versions(List<IndexEntry> entries) {
    List<Long> out = new ArrayList<>();
    for (IndexEntry e : entries) {
      out.add(e.version());
    }
    return out;
  }

  private static List<String> states(List<MigrationStatus> statuses) {
    List<String> out = new ArrayList<>();
    for (MigrationStatus s : statuses) {
      out.add(s.version() + " " + s.state());
    }
    return out;
  }
}
