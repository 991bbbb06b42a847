package dev.keel.runtime.internal;

import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Backups and restores through the PostgreSQL client tools: {@code pg_dump -Fc} and {@code
 * pg_restore}, or, for a file whose name ends in {@code .sql}, a plain {@code pg_dump} script and
 * {@code psql -f}. The password reaches the child only through {@code PGPASSWORD} in its
 * environment; the backup file is created readable by its owner only before the child writes it.
 */
public final class PgTools {

  private static final int MAX_OUTPUT = 4000;

  private final Path binDirectory;
  private final String password;

  /**
   * @param binDirectory where the tools are, or null to find them on the {@code PATH}
   * @param password the password for {@code PGPASSWORD}, or null (then the URL's, else none)
   */
  public PgTools(Path binDirectory, String password) {
    this.binDirectory = binDirectory;
    this.password = password;
  }

  /** A new file name in {@code directory} for a backup taken at {@code version}. */
  public static Path backupFileIn(Path directory, ConnectionTarget target, long version) {
    String stamp =
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
    String safe = target.database().replaceAll("[^A-Za-z0-9_.-]", "_");
    return directory.resolve(safe + "-v" + version + "-" + stamp + ".dump");
  }

  /** Writes a backup of the target database to {@code file}, which must not exist yet. */
  public void dump(ConnectionTarget target, Path file) {
    boolean plain = isSql(file);
    createOwnerOnly(file);
    List<String> command = new ArrayList<>();
    command.add(executable("pg_dump"));
    command.add(plain ? "--format=plain" : "--format=custom");
    if (plain) {
      // so that psql -f restores over the existing objects, as pg_restore --clean does
      command.add("--clean");
      command.add("--if-exists");
    }
    command.add("--file=" + file);
    boolean done = false;
    try {
      runTool(command, target, "back up " + target.database() + " to " + file);
      done = true;
    } finally {
      if (!done) {
        quietlyDelete(file);
      }
    }
  }

  /** Restores {@code file} into the target database. */
  public void restore(ConnectionTarget target, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new MigrationException(
          Reason.BACKUP_FAILED, "Cannot restore " + file + ": no such file.", null);
    }
    List<String> command = new ArrayList<>();
    if (isSql(file)) {
      command.add(executable("psql"));
      command.add("--no-psqlrc");
      command.add("--quiet");
      command.add("--set=ON_ERROR_STOP=1");
      command.add("--single-transaction");
      command.add("--file=" + file);
    } else {
      command.add(executable("pg_restore"));
      command.add("--clean");
      command.add("--if-exists");
      command.add("--single-transaction");
      command.add("--exit-on-error");
      command.add(file.toString());
    }
    runTool(command, target, "restore " + file + " into " + target.database());
  }

  private void runTool(List<String> command, ConnectionTarget target, String what) {
    String tool = Path.of(command.get(0)).getFileName().toString();
    Process process;
    try {
      process = processFor(command, target).start();
    } catch (IOException e) {
      throw new MigrationException(Reason.BACKUP_FAILED, notFound(tool, e), e);
    }
    String output = readOutput(process);
    int exit = waitFor(process, tool);
    if (exit != 0) {
      throw new MigrationException(
          Reason.BACKUP_FAILED,
          "Cannot "
              + what
              + ": "
              + tool
              + " exited with "
              + exit
              + (output.isBlank() ? "." : ":\n" + output.strip())
              + "\nFix what it reports (a client older than the server needs a newer "
              + tool
              + "); nothing was migrated.",
          null);
    }
  }

  /** The child: connection as options, the password only in its environment, no stdin. */
  private ProcessBuilder processFor(List<String> command, ConnectionTarget target) {
    command.add(1, "--host=" + target.host());
    command.add(2, "--port=" + target.port());
    command.add(3, "--no-password");
    if (target.user() != null) {
      command.add(4, "--username=" + target.user());
    }
    command.add("--dbname=" + target.database());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String secret = password != null ? password : target.password();
    if (secret != null) {
      builder.environment().put("PGPASSWORD", secret);
    }
    if (target.sslMode() != null) {
      builder.environment().put("PGSSLMODE", target.sslMode());
    }
    return builder.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
  }

  private String executable(String tool) {
    return binDirectory == null ? tool : binDirectory.resolve(tool).toString();
  }

  private String notFound(String tool, IOException e) {
    String where = binDirectory == null ? "on the PATH" : "in " + binDirectory;
    return "Cannot run "
        + tool
        + ": not found "
        + where
        + " ("
        + e.getMessage()
        + "). Install the PostgreSQL client tools, of the server's major version or newer"
        + " (Debian/Ubuntu: apt-get install postgresql-client; Red Hat: dnf install postgresql;"
        + " macOS: brew install libpq), or name their directory (pgBinDirectory, --pg-bin)."
        + " Nothing was migrated.";
  }

  private static void createOwnerOnly(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
      } else {
        Files.createFile(file);
        java.io.File f = file.toFile();
        boolean ok = f.setReadable(false, false) & f.setReadable(true, true);
        ok &= f.setWritable(false, false) & f.setWritable(true, true);
        if (!ok) {
          throw new IOException("cannot make " + file + " readable by its owner only");
        }
      }
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new MigrationException(
          Reason.BACKUP_FAILED,
          "Cannot write the backup to " + file + ": the file exists. Choose another name.",
          e);
    } catch (IOException e) {
      throw new MigrationException(
          Reason.BACKUP_FAILED, "Cannot create the backup file " + file + ": " + e, e);
    }
  }

  private static String readOutput(Process process) {
    try (InputStream in = process.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        // keep the start, where tools put the first error; drop the rest
        out.write(buffer, 0, Math.min(n, Math.max(0, MAX_OUTPUT - out.size())));
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }

  private static int waitFor(Process process, String tool) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new MigrationException(Reason.BACKUP_FAILED, "Interrupted while " + tool + " ran", e);
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
            ? "NUL"
            : "/dev/null");
  }

  private static boolean isSql(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql");
  }

  private static void quietlyDelete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException ignored) {
      // the failure being reported matters more than a leftover partial file
    }
  }
}
