package dev.keel.bench.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Durations of one measurement, in nanoseconds, and their order statistics. */
final class Samples {

  private final List<Long> nanos = new ArrayList<>();

  void add(long n) {
    nanos.add(n);
  }

  int size() {
    return nanos.size();
  }

  /**
   * The median over rounds of {@code this[i] - other[i]}, in milliseconds: samples taken in the
   * same round ran back to back, so this difference shrugs off the machine's load drifting between
   * rounds better than a difference of medians does.
   */
  double pairedDifference(Samples other) {
    Samples d = new Samples();
    for (int i = 0; i < nanos.size(); i++) {
      d.add(nanos.get(i) - other.nanos.get(i));
    }
    return d.median();
  }

  /**
   * A 95% bootstrap confidence interval, in milliseconds, for {@link #pairedDifference}: how far
   * the machine's noise could have moved it. Seeded, so that a report is reproducible from its
   * samples.
   */
  double[] pairedDifferenceInterval(Samples other) {
    int n = nanos.size();
    long[] diffs = new long[n];
    for (int i = 0; i < n; i++) {
      diffs[i] = nanos.get(i) - other.nanos.get(i);
    }
    java.util.Random random = new java.util.Random(42);
    double[] medians = new double[2000];
    for (int b = 0; b < medians.length; b++) {
      Samples resample = new Samples();
      for (int i = 0; i < n; i++) {
        resample.add(diffs[random.nextInt(n)]);
      }
      medians[b] = resample.median();
    }
    java.util.Arrays.sort(medians);
    return new double[] {medians[49], medians[1949]};
  }

  /** The median over rounds of {@code this[i] / other[i]}. */
  double pairedRatio(Samples other) {
    Samples r = new Samples();
    for (int i = 0; i < nanos.size(); i++) {
      r.add(Math.round(1e6 * nanos.get(i) / (double) other.nanos.get(i)));
    }
    return r.median();
  }

  /** The median in milliseconds. */
  double median() {
    return quantile(0.5);
  }

  /** The {@code q} quantile in milliseconds, linear between neighbours. */
  double quantile(double q) {
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    double pos = q * (sorted.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    double v = sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
    return v / 1e6;
  }

  /** "p10–p90 (min–max)" in milliseconds. */
  String spread() {
    return String.format(
        Locale.ROOT,
        "%s–%s (%s–%s)",
        ms(quantile(0.1)),
        ms(quantile(0.9)),
        ms(quantile(0)),
        ms(quantile(1)));
  }

  /** Milliseconds with sensible precision. */
  static String ms(double ms) {
    if (ms >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
    return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
  }
}
