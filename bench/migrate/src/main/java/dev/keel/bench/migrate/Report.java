package dev.keel.bench.migrate;

import java.util.Locale;

/** The one table the benchmark prints, with the goals checked. */
final class Report {

  private static final String ROW = "%-30s %-7s %9s   %-31s %-28s %9s%n";

  private Report() {}

  static String render(MigrateBench b, String server) {
    StringBuilder out = new StringBuilder();
    MigrateBench.Options o = b.options();
    out.append(
        String.format(
            Locale.ROOT,
            "Keel runtime benchmark — %s, Java %s, %d CPUs%n"
                + "no-op: %d applied migrations, nothing pending; apply: %d migrations to an empty"
                + " database%n"
                + "times in ms unless marked; spread is p10–p90 (min–max); contenders alternate"
                + " within each round;%n\"vs floor\" is the median of the per-round differences"
                + " [95%% bootstrap interval], \"vs flyway\" the median of the per-round ratios%n%n",
            server,
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            o.applied,
            o.migrations));
    out.append(
        String.format(
            Locale.ROOT, ROW, "measure", "who", "median", "spread", "vs floor", "vs flyway"));
    section(out, "no-op run, in-process (n=" + o.noopRuns + ")", b, Kind.IN_PROCESS);
    section(out, "no-op run, whole JVM (n=" + o.jvmRuns + ")", b, Kind.JVM);
    section(out, "apply " + o.migrations + " (n=" + o.applyRuns + ")", b, Kind.APPLY);
    out.append(
        "  (floor for apply: the same statements over plain JDBC, one transaction each)\n\n");
    goals(out, b);
    return out.toString();
  }

  private enum Kind {
    IN_PROCESS,
    JVM,
    APPLY
  }

  private static Samples samples(MigrateBench b, Kind kind, Contender c) {
    switch (kind) {
      case IN_PROCESS:
        return b.inProcess(c);
      case JVM:
        return b.wholeJvm(c);
      default:
        return b.applying(c);
    }
  }

  private static void section(StringBuilder out, String title, MigrateBench b, Kind kind) {
    Samples floor = samples(b, kind, Contender.FLOOR);
    Samples flyway = samples(b, kind, Contender.FLYWAY);
    boolean first = true;
    for (Contender c : Contender.values()) {
      Samples s = samples(b, kind, c);
      String vsFloor = c == Contender.FLOOR ? "" : withInterval(s, floor);
      String vsFlyway = c == Contender.KEEL ? ratio(s.pairedRatio(flyway)) : "";
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              first ? title : "",
              c.label(),
              Samples.ms(s.median()),
              s.spread(),
              vsFloor,
              vsFlyway));
      first = false;
    }
  }

  private static void goals(StringBuilder out, MigrateBench b) {
    Samples inProcess = b.inProcess(Contender.KEEL);
    Samples jvm = b.wholeJvm(Contender.KEEL);
    double inProcessGap = inProcess.pairedDifference(b.inProcess(Contender.FLOOR));
    double jvmGap = jvm.pairedDifference(b.wholeJvm(Contender.FLOOR));
    double apply = b.applying(Contender.KEEL).pairedRatio(b.applying(Contender.FLYWAY));
    out.append("Goals (Keel against the floor and Flyway, from the paired rounds):\n");
    goal(
        out,
        "no-op in-process within 5 ms of the floor",
        inProcessGap <= 5,
        withInterval(inProcess, b.inProcess(Contender.FLOOR)));
    goal(
        out,
        "no-op whole JVM within 50 ms of the floor",
        jvmGap <= 50,
        withInterval(jvm, b.wholeJvm(Contender.FLOOR)));
    goal(out, "apply in at most 0.8× Flyway's time", apply <= 0.8, ratio(apply));
  }

  private static void goal(StringBuilder out, String what, boolean met, String value) {
    out.append(
        String.format(Locale.ROOT, "  %-44s %-6s %s%n", what, met ? "met" : "MISSED", value));
  }

  /** "+12.3 ms [+4.10 ms, +20.2 ms]": the paired difference and its 95% interval. */
  private static String withInterval(Samples s, Samples floor) {
    double[] interval = s.pairedDifferenceInterval(floor);
    return signed(s.pairedDifference(floor))
        + " ["
        + signed(interval[0])
        + ", "
        + signed(interval[1])
        + "]";
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f×", r);
  }

  /** "+12.3 ms", "−4.10 ms", "+1.29 s". */
  private static String signed(double ms) {
    double abs = Math.abs(ms);
    return (ms >= 0 ? "+" : "−") + Samples.ms(abs) + (abs >= 1000 ? "" : " ms");
  }
}
