package dev.keel.bench.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compile-overhead benchmark's entry point: for each entity shape and size, generates the
 * entities and times javac on them without annotation processing, with hibernate-processor and with
 * Keel (rebuild and first generation), then prints one table with ratios against plain javac and
 * writes it to {@code target/bench-compile/report.txt}. Settings are system properties, see {@link
 * Settings}; run it with {@code bench/compile/run.sh}.
 */
public final class CompileBench {

  private CompileBench() {}

  /** Runs the benchmark; arguments are ignored, settings are system properties. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Settings settings = Settings.fromSystemProperties();
    if (!Files.isExecutable(settings.time())) {
      throw new IllegalStateException(
          "GNU time is needed to measure peak memory: "
              + settings.time()
              + " is missing"
              + " (apt-get install time, or -Dtime=<path>)");
    }
    ProcessorPaths paths = ProcessorPaths.read(settings.target());
    Javac javac = new Javac(settings.javac(), settings.time(), settings.javacJvm());
    Path base = settings.target().resolve("bench-compile");
    String loadBefore = loadAverage();
    long start = System.nanoTime();
    List<SizeResult> results = new ArrayList<>();
    for (EntityShape shape : settings.shapes()) {
      for (int size : settings.sizes()) {
        Workspace workspace = Workspace.create(base, shape, size, settings.seed());
        results.add(new SizeBench(settings, javac, paths, workspace).measure());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> header = header(settings, javac, seconds, loadBefore, loadAverage());
    String report = Report.render(header, results);
    System.out.print(report);
    Files.writeString(base.resolve("report.txt"), report, StandardCharsets.UTF_8);
  }

  private static List<String> header(
      Settings s, Javac javac, double seconds, String loadBefore, String loadAfter)
      throws IOException, InterruptedException {
    return List.of(
        "Keel compile-overhead benchmark (docs/bench-compile.md), Keel at "
            + System.getProperty("bench.revision", "an unknown revision"),
        String.format(
            Locale.ROOT,
            "%s, javac JVM options %s, %d cores, %s %s",
            javac.version(),
            String.join(" ", javac.jvmOptions()),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("os.name"),
            System.getProperty("os.arch")),
        String.format(
            Locale.ROOT,
            "%d timed runs per mode after %d warm-up, modes interleaved; seed %d; took %.0f s;"
                + " load average %s before, %s after",
            s.reps(),
            s.warmups(),
            s.seed(),
            seconds,
            loadBefore,
            loadAfter));
  }

  /** The 1, 5 and 15 minute load averages, or "?" where /proc/loadavg is missing. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }
}
