package dev.keel.bench.online;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The benchmark's table, in Markdown so that it can go into the docs as printed. */
final class Report {

  /** The goal for every online form: no insert waits a second or more. */
  static final double GOAL_MILLIS = 1000;

  private Report() {}

  static void print(PrintStream out, List<OnlineBench.Result> results) {
    out.println();
    out.println(
        "| operation | plain: longest insert stall (ms) | online: longest insert stall (ms) |"
            + " plain: duration (s) | online: duration (s) | online under 1 s |");
    out.println("|---|---:|---:|---:|---:|---|");
    for (OnlineBench.Result r : results) {
      out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %.1f | %.1f | %s |%n",
          r.operation().label(),
          r.plain().maxStallMillis(),
          r.online().maxStallMillis(),
          r.plain().seconds(),
          r.online().seconds(),
          r.online().maxStallMillis() < GOAL_MILLIS ? "yes" : "NO");
    }
  }
}
