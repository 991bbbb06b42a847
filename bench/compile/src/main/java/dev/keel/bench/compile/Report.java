package dev.keel.bench.compile;

import java.util.List;
import java.util.Locale;

/**
 * The table: per shape, size and mode the median wall time and its range, the median CPU time, the
 * median peak RSS and its range, and ratios against plain javac on the same sources in the same run
 * (each the median over rounds of the ratio between the two runs of that round, which cancels drift
 * in machine load from round to round); then the verdict against the goal (at 1000 entities a Keel
 * rebuild adds at most 15% wall time and peak memory), split into javac's own share (the no-op
 * processor) and Keel's.
 */
final class Report {

  /** The entity count the goal is stated at. */
  static final int GOAL_SIZE = 1000;

  /** The largest overhead the goal allows, as a ratio. */
  static final double GOAL_RATIO = 1.15;

  private static final String ROW = "%-9s %5s  %-25s %8s %13s %8s %7s %11s %6s %6s %6s%n";

  private Report() {}

  /** The report, with {@code header} lines first. */
  static String render(List<String> header, List<SizeResult> results) {
    StringBuilder out = new StringBuilder();
    header.forEach(h -> out.append(h).append('\n'));
    out.append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "shape",
            "N",
            "mode",
            "wall ms",
            "min..max",
            "CPU ms",
            "RSS MB",
            "min..max",
            "wall x",
            "CPU x",
            "mem x"));
    for (SizeResult r : results) {
      rows(r, out);
    }
    out.append('\n');
    verdicts(results, out);
    return out.toString();
  }

  private static void rows(SizeResult r, StringBuilder out) {
    Samples plain = r.samples().get(Mode.PLAIN);
    for (Mode mode : Mode.values()) {
      Samples s = r.samples().get(mode);
      if (s != null) {
        out.append(row(r, mode, s, plain));
      } else if (mode.keel() && !r.keelFailure().isEmpty()) {
        out.append(failedRow(r, mode));
      }
      // else not selected
    }
    if (!r.keelFailure().isEmpty()) {
      out.append("  Keel failed on ")
          .append(r.shape().option())
          .append(' ')
          .append(r.size())
          .append(": ")
          .append(r.keelFailure())
          .append('\n');
    }
  }

  private static String row(SizeResult r, Mode mode, Samples s, Samples plain) {
    return String.format(
        Locale.ROOT,
        ROW,
        r.shape().option(),
        r.size(),
        mode.label(),
        f0(s.medianMs()),
        f0(s.minMs()) + ".." + f0(s.maxMs()),
        f0(s.medianCpuMs()),
        f0(s.medianRssMb()),
        f0(s.minRssMb()) + ".." + f0(s.maxRssMb()),
        f2(s.wallRatio(plain)),
        f2(s.cpuRatio(plain)),
        f2(s.rssRatio(plain)));
  }

  private static String failedRow(SizeResult r, Mode mode) {
    Object[] cells = {
      r.shape().option(), r.size(), mode.label(), "failed", "", "", "", "", "", "", ""
    };
    return String.format(Locale.ROOT, ROW, cells);
  }

  private static void verdicts(List<SizeResult> results, StringBuilder out) {
    out.append(
        String.format(
            Locale.ROOT,
            "Goal: at %d entities a Keel rebuild adds at most %.0f%% to plain javac's wall time and"
                + " peak RSS (medians of the per-round ratios).%n",
            GOAL_SIZE,
            (GOAL_RATIO - 1) * 100));
    boolean any = false;
    for (SizeResult r : results) {
      if (r.size() == GOAL_SIZE) {
        any = true;
        out.append("  ").append(r.shape().option()).append(": ").append(verdict(r));
      }
    }
    if (!any) {
      out.append("  no verdict: this run did not measure ").append(GOAL_SIZE).append(" entities\n");
    }
  }

  /** The verdict on one workspace, and with the no-op mode, the split of the overhead. */
  private static String verdict(SizeResult r) {
    Samples keel = r.samples().get(Mode.KEEL);
    if (!r.keelFailure().isEmpty()) {
      return "NOT MET: Keel failed on these entities\n";
    }
    if (keel == null) {
      return "not measured: the Keel modes were not selected\n";
    }
    Samples plain = r.samples().get(Mode.PLAIN);
    boolean met = keel.wallRatio(plain) <= GOAL_RATIO && keel.rssRatio(plain) <= GOAL_RATIO;
    String verdict = (met ? "MET" : "NOT MET") + overhead(keel, plain) + "\n";
    Samples noop = r.samples().get(Mode.NOOP);
    if (noop == null) {
      return verdict;
    }
    return verdict
        + "    javac's own processing rounds (no-op processor vs plain):"
        + overhead(noop, plain)
        + "\n    Keel's own work (Keel rebuild vs no-op processor):        "
        + overhead(keel, noop)
        + "\n";
  }

  /** " wall +x%, CPU +y%, memory +z%": {@code s} against {@code base}, paired by round. */
  private static String overhead(Samples s, Samples base) {
    return String.format(
        Locale.ROOT,
        " wall %+.1f%%, CPU %+.1f%%, memory %+.1f%%",
        (s.wallRatio(base) - 1) * 100,
        (s.cpuRatio(base) - 1) * 100,
        (s.rssRatio(base) - 1) * 100);
  }

  private static String f0(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
