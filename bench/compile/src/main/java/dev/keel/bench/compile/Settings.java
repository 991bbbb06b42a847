package dev.keel.bench.compile;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * What to run, from system properties ({@code -Dname=value}), each with a default:
 *
 * <ul>
 *   <li>{@code sizes}: entity counts, {@code 200,1000}
 *   <li>{@code shapes}: {@code basic}, {@code relations} or both comma-separated; {@code basic}
 *   <li>{@code modes}: which modes to time, by name ({@code plain,noop,hibernate,keel,keel_first}),
 *       all by default; plain javac always runs, every ratio is against it
 *   <li>{@code reps}: timed runs per mode and size, {@code 5}
 *   <li>{@code warmups}: discarded runs per mode and size before them, {@code 1}
 *   <li>{@code seed}: the generator's seed, {@code 42}
 *   <li>{@code javacJvm}: javac's JVM options for every mode, {@code -Xms256m -Xmx2g}
 *   <li>{@code javac}: the launcher, {@code ${java.home}/bin/javac}
 *   <li>{@code time}: GNU time, {@code /usr/bin/time}
 *   <li>{@code target}: the module's build directory, found from where this class was loaded
 *   <li>{@code jfr}: {@code true} to record one extra Keel rebuild per size with Java Flight
 *       Recorder, {@code false}
 * </ul>
 */
record Settings(
    List<Integer> sizes,
    List<EntityShape> shapes,
    List<Mode> modes,
    int reps,
    int warmups,
    long seed,
    List<String> javacJvm,
    Path javac,
    Path time,
    Path target,
    boolean jfr) {

  Settings {
    sizes = List.copyOf(sizes);
    shapes = List.copyOf(shapes);
    modes = List.copyOf(modes);
    javacJvm = List.copyOf(javacJvm);
  }

  /** The settings from the system properties. */
  static Settings fromSystemProperties() {
    List<Integer> sizes = new ArrayList<>();
    for (String s : property("sizes", "200,1000").split(",")) {
      sizes.add(Integer.parseInt(s.trim()));
    }
    List<EntityShape> shapes = new ArrayList<>();
    for (String s : property("shapes", "basic").split(",")) {
      shapes.add(EntityShape.fromOption(s));
    }
    EnumSet<Mode> modes = EnumSet.of(Mode.PLAIN);
    for (String m : property("modes", "plain,noop,hibernate,keel,keel_first").split(",")) {
      modes.add(Mode.valueOf(m.trim().toUpperCase(Locale.ROOT)));
    }
    Path javac = Path.of(property("javac", System.getProperty("java.home") + "/bin/javac"));
    return new Settings(
        sizes,
        shapes,
        List.copyOf(modes),
        Integer.parseInt(property("reps", "5")),
        Integer.parseInt(property("warmups", "1")),
        Long.parseLong(property("seed", "42")),
        Arrays.asList(property("javacJvm", "-Xms256m -Xmx2g").trim().split("\\s+")),
        javac,
        Path.of(property("time", "/usr/bin/time")),
        Path.of(property("target", defaultTarget())),
        Boolean.parseBoolean(property("jfr", "false")));
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** {@code target/} of this module: the parent of {@code target/classes}. */
  private static String defaultTarget() {
    try {
      Path classes =
          Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.toAbsolutePath().getParent().toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
