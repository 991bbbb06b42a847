package dev.keel.bench.compile;

import dev.keel.bench.compile.noop.NoopProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures every mode on one workspace: an untimed Keel compile that writes the migration and
 * snapshot, warm-up runs, then the timed repetitions with the modes interleaved (each repetition
 * starts one mode later), checking every run's output.
 *
 * <p>All modes compile the same files: the entities plus the migration Keel wrote in the untimed
 * compile (first-generation runs compile the entities and the same migration, which Keel generates
 * in that run). If Keel fails on the entities, only the modes without Keel run, on the entities.
 */
final class SizeBench {

  private final Settings settings;
  private final Javac javac;
  private final ProcessorPaths paths;
  private final Workspace workspace;
  private final Map<Mode, Samples> samples = new EnumMap<>(Mode.class);
  private String keelFailure = "";
  private Path entitySources;
  private Path allSources;
  private byte[] snapshot;

  SizeBench(Settings settings, Javac javac, ProcessorPaths paths, Workspace workspace) {
    this.settings = settings;
    this.javac = javac;
    this.paths = paths;
    this.workspace = workspace;
  }

  /** Runs the setup, the warm-ups and the timed runs. */
  SizeResult measure() throws IOException, InterruptedException {
    setUp();
    List<Mode> modes = new ArrayList<>(settings.modes());
    if (!keelFailure.isEmpty()) {
      modes.removeIf(Mode::keel);
    }
    for (int w = 0; w < settings.warmups(); w++) {
      for (Mode mode : modes) {
        progress("warm-up", mode, run(mode, List.of()));
      }
    }
    for (int r = 0; r < settings.reps(); r++) {
      for (int k = 0; k < modes.size(); k++) {
        Mode mode = modes.get((r + k) % modes.size());
        Measurement m = run(mode, List.of());
        samples.computeIfAbsent(mode, x -> new Samples()).add(m);
        progress("run " + (r + 1) + "/" + settings.reps(), mode, m);
      }
    }
    if (keelFailure.isEmpty()) {
      checkProjectUnchanged();
      if (settings.jfr()) {
        profile(Mode.PLAIN);
        profile(Mode.KEEL);
      }
    }
    return new SizeResult(workspace.shape(), workspace.size(), samples, keelFailure);
  }

  private void setUp() throws IOException, InterruptedException {
    entitySources = workspace.argumentFile("entities.txt", List.of());
    allSources = entitySources;
    Path dir = workspace.newRunDirectory("setup");
    status("setup: Keel writes the first migration and the snapshot (untimed)");
    Measurement m = compile(Mode.KEEL, workspace.project(), entitySources, dir, List.of());
    if (m.exitCode() != 0) {
      keelFailure = KeelFailure.summarize(m);
      status("Keel FAILED on these entities, its modes are skipped: " + keelFailure);
      return;
    }
    List<Path> migrations = Workspace.migrations(workspace.project());
    if (migrations.size() != 1) {
      throw new IllegalStateException("Expected one migration from Keel, found " + migrations);
    }
    snapshot = Files.readAllBytes(Workspace.snapshot(workspace.project()));
    allSources = workspace.argumentFile("sources.txt", migrations);
    Workspace.delete(dir);
  }

  private Measurement run(Mode mode, List<String> extraJvmOptions)
      throws IOException, InterruptedException {
    Path dir = workspace.newRunDirectory(mode.name().toLowerCase(Locale.ROOT));
    Path project = workspace.project();
    Path sources = allSources;
    if (mode == Mode.KEEL_FIRST) {
      project = workspace.firstProject();
      Workspace.delete(project);
      Files.createDirectories(project);
      sources = entitySources;
    }
    Measurement m = compile(mode, project, sources, dir, extraJvmOptions);
    RunCheck.check(mode, m, dir, project, workspace.size());
    Workspace.delete(dir);
    return m;
  }

  private Measurement compile(
      Mode mode, Path project, Path sources, Path dir, List<String> extraJvmOptions)
      throws IOException, InterruptedException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-cp",
                paths.compile()));
    if (mode == Mode.PLAIN) {
      args.add("-proc:none");
    } else if (mode == Mode.NOOP) {
      args.addAll(
          List.of("-processorpath", paths.noop(), "-processor", NoopProcessor.class.getName()));
    } else if (mode == Mode.HIBERNATE) {
      args.addAll(List.of("-processorpath", paths.hibernate()));
    } else {
      args.addAll(List.of("-processorpath", paths.keel(), "-Akeel.projectDir=" + project));
    }
    args.add("@" + sources);
    return javac.run(args, dir, extraJvmOptions);
  }

  /** Rebuilds must have written no migration and left the snapshot as it was. */
  private void checkProjectUnchanged() throws IOException {
    List<Path> migrations = Workspace.migrations(workspace.project());
    byte[] now = Files.readAllBytes(Workspace.snapshot(workspace.project()));
    if (migrations.size() != 1 || !Arrays.equals(now, snapshot)) {
      throw new IllegalStateException(
          "Keel rebuilds changed the project (not a steady state): " + migrations);
    }
  }

  private void profile(Mode mode) throws IOException, InterruptedException {
    Path file =
        workspace.project().getParent().resolve(mode.name().toLowerCase(Locale.ROOT) + ".jfr");
    Measurement m =
        run(mode, List.of("-XX:StartFlightRecording=filename=" + file + ",settings=profile"));
    progress("JFR " + file, mode, m);
  }

  private void progress(String what, Mode mode, Measurement m) {
    status(
        String.format(
            Locale.ROOT,
            "%s %-26s %8.0f ms, CPU %8.0f ms, %6.0f MB",
            what,
            mode.label(),
            m.wallNanos() / 1e6,
            m.cpuNanos() / 1e6,
            m.peakRssKb() / 1024.0));
  }

  private void status(String line) {
    System.err.println(workspace.shape().option() + " " + workspace.size() + ": " + line);
  }
}
