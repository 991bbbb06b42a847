package dev.keel.bench.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the JDK's {@code javac} as a process of its own under GNU {@code time}, which reports the
 * peak resident set size and the CPU time; the wall time is taken around the process here.
 */
final class Javac {

  private final Path javac;
  private final Path time;
  private final List<String> jvmOptions;

  /**
   * @param javac the {@code javac} launcher
   * @param time GNU time, usually {@code /usr/bin/time}
   * @param jvmOptions options for javac's JVM, such as {@code -Xmx2g}, the same for every run
   */
  Javac(Path javac, Path time, List<String> jvmOptions) {
    this.javac = javac;
    this.time = time;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /** The JVM options, as given. */
  List<String> jvmOptions() {
    return jvmOptions;
  }

  /**
   * Runs {@code javac args} and waits for it; its output goes to {@code dir/javac.log}.
   *
   * @param extraJvmOptions JVM options for this run only (profiling), usually none
   */
  Measurement run(List<String> args, Path dir, List<String> extraJvmOptions)
      throws IOException, InterruptedException {
    Path log = dir.resolve("javac.log");
    Path usage = dir.resolve("time.txt");
    List<String> command = new ArrayList<>(List.of(time.toString(), "-f", "%M %U %S", "-o"));
    command.add(usage.toString());
    command.add(javac.toString());
    for (String o : jvmOptions) {
      command.add("-J" + o);
    }
    for (String o : extraJvmOptions) {
      command.add("-J" + o);
    }
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    String[] fields = usage(usage);
    long cpu = Math.round((Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1e9);
    return new Measurement(wall, cpu, Long.parseLong(fields[0]), exit, log);
  }

  /**
   * The fields of the last line GNU time wrote ("Command exited with non-zero status" may come
   * first): peak RSS in KiB, user and system seconds.
   */
  private static String[] usage(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i).trim();
      if (line.matches("\\d+ [\\d.]+ [\\d.]+")) {
        return line.split(" ");
      }
    }
    throw new IOException("No resource usage in " + file + ": " + lines);
  }

  /** The version line of this javac, for the report. */
  String version() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(javac.toString(), "-version").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    return out;
  }
}
