package dev.keel.processor;

import dev.keel.processor.emit.MigrationChain;
import dev.keel.processor.emit.MigrationNamer;
import dev.keel.processor.emit.MigrationSource;
import dev.keel.processor.emit.MigrationSources;
import dev.keel.processor.emit.MigrationWriter;
import dev.keel.processor.emit.NewMigration;
import dev.keel.processor.mapping.Hints;
import dev.keel.processor.mapping.MappingResult;
import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import dev.keel.processor.validate.SafetyReview;
import dev.keel.schema.Schema;
import dev.keel.schema.diff.DiffHints;
import dev.keel.schema.diff.SchemaChange;
import dev.keel.schema.diff.SchemaDiffer;
import dev.keel.schema.json.SnapshotCodec;
import dev.keel.schema.json.SnapshotFormatException;
import dev.keel.schema.safety.SafetyCheck;
import dev.keel.schema.sql.PostgresDdl;
import dev.keel.schema.sql.RenderOptions;
import dev.keel.schema.sql.Rendered;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;

/**
 * The file side of a run: reads the committed snapshot and migrations, and when the mapped schema
 * differs from the snapshot writes the new migration (into the committed folder, and through the
 * {@link Filer} so this build compiles it) and the new snapshot. A migration file is never
 * overwritten; a file whose content would not change is not touched.
 */
final class Generation {

  private final Filer filer;
  private final ProjectPaths paths;
  private final ProcessorOptions options;
  private final String anchor;
  private Schema committed = Schema.EMPTY;
  private byte[] committedBytes = SnapshotCodec.write(Schema.EMPTY);

  /**
   * @param anchor the source position key problems with files are reported at (an entity)
   */
  Generation(Filer filer, ProjectPaths paths, ProcessorOptions options, String anchor) {
    this.filer = filer;
    this.paths = paths;
    this.options = options;
    this.anchor = anchor;
  }

  /**
   * Reads the committed snapshot; a missing file is the empty schema. When the file holds exactly
   * the bytes Keel writes for {@code mapped}, as on every build without an entity change, the
   * schema is taken as it is and the file is not parsed.
   */
  Optional<Problem> readSnapshot(Schema mapped) {
    String shown = paths.snapshotForMessages();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(paths.snapshot());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(Problem.at(anchor, Diagnostics.SnapshotUnreadable, shown, e.toString()));
    }
    if (Arrays.equals(bytes, SnapshotCodec.write(mapped))) {
      committed = mapped;
      committedBytes = bytes;
      return Optional.empty();
    }
    try {
      committed = SnapshotCodec.read(bytes);
      committedBytes = bytes;
      return Optional.empty();
    } catch (SnapshotFormatException e) {
      return Optional.of(snapshotProblem(e, shown));
    }
  }

  private Problem snapshotProblem(SnapshotFormatException e, String shown) {
    switch (e.kind()) {
      case MERGE_CONFLICT:
        return Problem.at(anchor, Diagnostics.SnapshotMergeConflict, shown, e.line().orElse(0));
      case NOT_JSON:
        return Problem.at(anchor, Diagnostics.SnapshotNotJson, shown, e.problem());
      case UNKNOWN_FORMAT_VERSION:
        return Problem.at(anchor, Diagnostics.SnapshotUnknownVersion, shown, e.problem());
      default:
        return Problem.at(anchor, Diagnostics.SnapshotInvalid, shown, e.problem());
    }
  }

  /** Reads the migrations in the migrations folder. */
  MigrationSources.Result readMigrations() {
    try {
      return MigrationSources.read(
          paths.migrationsFolder(),
          paths.relative(paths.migrationsFolder()),
          options.migrationsPackage());
    } catch (IOException e) {
      return new MigrationSources.Result(
          List.of(),
          List.of(
              Problem.at(
                  anchor,
                  Diagnostics.MigrationUnreadable,
                  paths.relative(paths.migrationsFolder()),
                  e.toString())));
    }
  }

  /**
   * Checks the migration chain and the safety of the changes, then, if the mapped schema differs
   * from the committed one and nothing stops it, writes the migration and the snapshot and adds the
   * new migration to {@code migrations}. Returns every problem found (errors stop the writing).
   */
  List<Problem> generate(MappingResult mapped, List<MigrationSource> migrations) {
    List<Problem> problems = chainProblems(migrations);
    if (!problems.isEmpty()) {
      return problems;
    }
    Schema next = mapped.schema();
    Hints hints = mapped.hints().withDropTables(options.allowDrop());
    if (!hints.renames().isEmpty()) {
      problems.addAll(unusedHints(hints, next));
    }
    List<SchemaChange> up =
        committed.equals(next) ? List.of() : SchemaDiffer.diff(committed, next, hints.renames());
    if (up.isEmpty()) {
      return problems;
    }
    problems.addAll(
        new SafetyReview(committed, hints, mapped.positions(), options.online())
            .review(SafetyCheck.check(committed, up)));
    String at = changedEntity(mapped, up);
    if (options.check()) {
      problems.add(
          Problem.at(at, Diagnostics.SchemaChanged, paths.snapshotForMessages(), summary(up)));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return problems;
    }
    NewMigration migration = newMigration(up, next, hints, migrations);
    MigrationWriter.Written written = MigrationWriter.written(migration);
    writeFiles(migration, written.source(), next, at).ifPresent(problems::add);
    if (problems.stream().noneMatch(Problem::isError)) {
      migrations.add(migration.described(written.checksum()));
    }
    return problems;
  }

  /**
   * The problems with the chain of committed migrations and the snapshot, those without a position
   * anchored at the run's anchor. The chain is checked against the hash of the snapshot file's
   * bytes first (they are canonical when Keel wrote them, and hashing them costs no JSON writing),
   * then, if that does not fit, against the hash of the schema they hold.
   */
  private List<Problem> chainProblems(List<MigrationSource> migrations) {
    List<Problem> problems = new ArrayList<>();
    String emptyHash = SnapshotCodec.hash(Schema.EMPTY);
    String snapshot = paths.snapshotForMessages();
    List<Problem> found =
        MigrationChain.check(
            migrations, emptyHash, SnapshotCodec.hashOfBytes(committedBytes), snapshot);
    if (!found.isEmpty()) {
      found = MigrationChain.check(migrations, emptyHash, SnapshotCodec.hash(committed), snapshot);
    }
    for (Problem p : found) {
      problems.add(
          p.position().isEmpty() ? Problem.at(anchor, p.diagnostic(), p.args().toArray()) : p);
    }
    return problems;
  }

  /** The rename hints that match no table or column of the committed and next schema. */
  private List<Problem> unusedHints(Hints hints, Schema next) {
    List<Problem> problems = new ArrayList<>();
    DiffHints unmatched = hints.renames().unmatched(committed, next);
    unmatched.tables().forEach(t -> problems.add(unusedHint("table:" + t.from(), t.from(), hints)));
    unmatched
        .columns()
        .forEach(
            c -> problems.add(unusedHint("column:" + c.table() + "." + c.from(), c.from(), hints)));
    return problems;
  }

  /** The next migration: the rendered changes up and back down, numbered after the last one. */
  private NewMigration newMigration(
      List<SchemaChange> up, Schema next, Hints hints, List<MigrationSource> migrations) {
    RenderOptions render = new RenderOptions(options.online(), options.lockTimeout());
    Rendered upSql = PostgresDdl.render(up, render);
    Rendered downSql =
        PostgresDdl.render(SchemaDiffer.diff(next, committed, hints.renames().inverse()), render);
    long version = migrations.stream().mapToLong(MigrationSource::version).max().orElse(0) + 1;
    String name =
        options.migrationName().isEmpty() ? MigrationNamer.name(up) : options.migrationName();
    return NewMigration.of(
        options.migrationsPackage(),
        version,
        name,
        SnapshotCodec.hash(committed),
        SnapshotCodec.hash(next),
        upSql,
        downSql);
  }

  private Problem unusedHint(String key, String oldName, Hints hints) {
    return Problem.at(
        hints.renamePositions().getOrDefault(key, anchor), Diagnostics.RenameHintUnused, oldName);
  }

  /** A short account of the changes for check mode: the first statements. */
  private static String summary(List<SchemaChange> changes) {
    List<String> sql = PostgresDdl.render(changes);
    int shown = Math.min(5, sql.size());
    String text = String.join("; ", sql.subList(0, shown));
    return sql.size() > shown ? text + "; and " + (sql.size() - shown) + " more" : text;
  }

  private Optional<Problem> write(NewMigration migration, String source, String at) {
    // The Filer first: javac resolves the new class name when it is created, and must not find
    // (and implicitly compile) the committed copy on the source path.
    try {
      JavaFileObject compiled = filer.createSourceFile(migration.qualifiedName());
      try (Writer w = compiled.openWriter()) {
        w.write(source);
      }
    } catch (IOException e) {
      return Optional.of(
          Problem.at(
              at, Diagnostics.MigrationsNotWritable, migration.qualifiedName(), e.toString()));
    }
    Path file = paths.migrationsFolder().resolve(migration.fileName());
    try {
      Files.createDirectories(paths.migrationsFolder());
      Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (IOException | SecurityException e) {
      return Optional.of(
          Problem.at(at, Diagnostics.MigrationsNotWritable, paths.relative(file), e.toString()));
    }
    return Optional.empty();
  }

  /**
   * Writes the migration and the snapshot so that a failure leaves the committed files as they
   * were: the new snapshot goes to a temporary file beside the snapshot first (if that fails, no
   * migration is written), then the migration, and last the snapshot is moved into place (if that
   * fails, the migration file is deleted again).
   */
  private Optional<Problem> writeFiles(
      NewMigration migration, String source, Schema next, String at) {
    Path staged;
    try {
      staged = stageSnapshot(SnapshotCodec.write(next));
    } catch (IOException | SecurityException e) {
      return Optional.of(snapshotNotWritable(at, e));
    }
    Optional<Problem> written = write(migration, source, at);
    if (written.isPresent()) {
      deleteQuietly(staged);
      return written;
    }
    try {
      moveIntoPlace(staged, paths.snapshot());
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      deleteQuietly(staged);
      deleteQuietly(paths.migrationsFolder().resolve(migration.fileName()));
      return Optional.of(snapshotNotWritable(at, e));
    }
  }

  /**
   * Writes {@code bytes} to a new temporary file in the snapshot's folder. (Only a changed schema
   * gets here, so the snapshot never holds these bytes already.)
   */
  private Path stageSnapshot(byte[] bytes) throws IOException {
    Path file = paths.snapshot();
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path staged = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(staged, bytes);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(staged);
      throw e;
    }
    return staged;
  }

  private static void moveIntoPlace(Path staged, Path file) throws IOException {
    try {
      Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code file} if it exists, ignoring a failure: it only tidies up after another one. */
  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | SecurityException e) {
      // the failure that led here is what gets reported
    }
  }

  private Problem snapshotNotWritable(String at, Exception e) {
    return Problem.at(
        at, Diagnostics.SnapshotNotWritable, paths.snapshotForMessages(), e.toString());
  }

  /** The position of the first entity behind a change, else the run's anchor. */
  private String changedEntity(MappingResult mapped, List<SchemaChange> changes) {
    for (SchemaChange c : changes) {
      String key = MigrationNamer.tableKey(c);
      String position = key == null ? null : mapped.positions().get(key);
      if (position != null) {
        return position;
      }
    }
    return anchor;
  }
}
