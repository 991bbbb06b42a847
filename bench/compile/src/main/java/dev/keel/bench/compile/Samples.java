package dev.keel.bench.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The timed runs of one mode on one workspace, in round order: wall times, CPU times and peak RSS.
 * Every mode runs once per round, so the {@code i}-th samples of two modes ran back to back.
 */
final class Samples {

  private final List<Long> nanos = new ArrayList<>();
  private final List<Long> cpuNanos = new ArrayList<>();
  private final List<Long> rssKb = new ArrayList<>();

  void add(Measurement m) {
    nanos.add(m.wallNanos());
    cpuNanos.add(m.cpuNanos());
    rssKb.add(m.peakRssKb());
  }

  int size() {
    return nanos.size();
  }

  /** The median wall time in milliseconds. */
  double medianMs() {
    return median(nanos) / 1e6;
  }

  /** The median CPU time (user plus system) in milliseconds. */
  double medianCpuMs() {
    return median(cpuNanos) / 1e6;
  }

  /** The shortest wall time in milliseconds. */
  double minMs() {
    return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6;
  }

  /** The longest wall time in milliseconds. */
  double maxMs() {
    return nanos.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6;
  }

  /** The median peak RSS in MiB. */
  double medianRssMb() {
    return median(rssKb) / 1024;
  }

  /** The smallest peak RSS in MiB. */
  double minRssMb() {
    return rssKb.stream().mapToLong(Long::longValue).min().orElseThrow() / 1024.0;
  }

  /** The largest peak RSS in MiB. */
  double maxRssMb() {
    return rssKb.stream().mapToLong(Long::longValue).max().orElseThrow() / 1024.0;
  }

  /** The median over rounds of this mode's wall time divided by {@code base}'s in that round. */
  double wallRatio(Samples base) {
    return medianRatio(nanos, base.nanos);
  }

  /** The median over rounds of this mode's CPU time divided by {@code base}'s in that round. */
  double cpuRatio(Samples base) {
    return medianRatio(cpuNanos, base.cpuNanos);
  }

  /** The median over rounds of this mode's peak RSS divided by {@code base}'s in that round. */
  double rssRatio(Samples base) {
    return medianRatio(rssKb, base.rssKb);
  }

  private static double medianRatio(List<Long> values, List<Long> base) {
    if (values.size() != base.size()) {
      throw new IllegalStateException("Modes ran a different number of rounds");
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ratios.add((double) values.get(i) / base.get(i));
    }
    ratios.sort(null);
    int n = ratios.size();
    return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
