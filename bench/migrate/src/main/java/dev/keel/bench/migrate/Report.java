package dev.keel.bench.migrate;

import java.util.Locale;

/** The one table the benchmark prints, with the goals checked. */
final class Report {

  private static final String ROW = "%-34s %-7s %10s   %-30s %12s %10s%n";

  private Report() {}

  static String render(MigrateBench b, String server) {
    StringBuilder out = new StringBuilder();
    MigrateBench.Options o = b.options();
    out.append(
        String.format(
            Locale.ROOT,
            "Keel runtime benchmark — %s, Java %s, %d CPUs%n"
                + "no-op: %d applied migrations, nothing pending; apply: %d migrations to an empty"
                + " database%ntimes in ms unless marked; spread is p10–p90 (min–max); \"vs\" columns"
                + " are medians of per-round differences and ratios (contenders alternate within"
                + " each round)%n%n",
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
    double floor = samples(b, kind, Contender.FLOOR).median();
    double flyway = samples(b, kind, Contender.FLYWAY).median();
    boolean first = true;
    for (Contender c : Contender.values()) {
      Samples s = samples(b, kind, c);
      double m = s.median();
      String vsFloor = c == Contender.FLOOR ? "" : signed(m - floor);
      String vsFlyway = c == Contender.KEEL ? String.format(Locale.ROOT, "%.2f×", m / flyway) : "";
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              first ? title : "",
              c.label(),
              Samples.ms(m),
              s.spread(),
              vsFloor,
              vsFlyway));
      first = false;
    }
  }

  private static void goals(StringBuilder out, MigrateBench b) {
    double inProcess = b.inProcess(Contender.KEEL).median() - b.inProcess(Contender.FLOOR).median();
    double jvm = b.wholeJvm(Contender.KEEL).median() - b.wholeJvm(Contender.FLOOR).median();
    double apply = b.applying(Contender.KEEL).median() / b.applying(Contender.FLYWAY).median();
    out.append("Goals:\n");
    goal(out, "no-op in-process within 5 ms of the floor", inProcess <= 5, signed(inProcess));
    goal(out, "no-op whole JVM within 50 ms of the floor", jvm <= 50, signed(jvm));
    goal(
        out,
        "apply in at most 0.8× Flyway's time",
        apply <= 0.8,
        String.format(Locale.ROOT, "%.2f×", apply));
  }

  private static void goal(StringBuilder out, String what, boolean met, String value) {
    out.append(
        String.format(Locale.ROOT, "  %-44s %-4s (%s)%n", what, met ? "met" : "MISSED", value));
  }

  private static String signed(double ms) {
    return (ms >= 0 ? "+" : "−") + Samples.ms(Math.abs(ms)) + (Math.abs(ms) >= 1000 ? "" : " ms");
  }
}
