package dev.keel.processor.testing;

import dev.keel.runtime.Migration;
import dev.keel.runtime.MigrationContext;
import dev.keel.runtime.internal.MigrationIndexReader;
import dev.keel.runtime.internal.StatementRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The classes of one compiled step, loaded in their own class loader: its migrations (read through
 * the index the processor wrote, as the runtime does) and its entity classes.
 */
public final class CompiledModule implements AutoCloseable {

  /** One line of the migration index. */
  public record IndexedMigration(long version, String name, String className, String checksum) {}

  private final URLClassLoader loader;
  private final Path classes;

  public CompiledModule(Path classes) {
    this.classes = classes;
    try {
      this.loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()}, CompiledModule.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public ClassLoader loader() {
    return loader;
  }

  /** The migration index, in order, read by the runtime's own index reader. */
  public List<IndexedMigration> index() {
    Path file = classes.resolve(MigrationIndexReader.DEFAULT_RESOURCE);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return MigrationIndexReader.parse(file.toString(), text).stream()
          .map(e -> new IndexedMigration(e.version(), e.name(), e.className(), e.checksum()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new instance of an indexed migration. */
  public Migration migration(IndexedMigration m) {
    try {
      return (Migration) loader.loadClass(m.className()).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + m.className(), e);
    }
  }

  /** A class of this module. */
  public Class<?> type(String name) {
    try {
      return loader.loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Runs {@code up} of a migration in one transaction. */
  public static void up(Migration m, Connection c) throws SQLException {
    run(m, c, true);
  }

  /** Runs {@code down} of a migration in one transaction. */
  public static void down(Migration m, Connection c) throws SQLException {
    run(m, c, false);
  }

  private static void run(Migration m, Connection c, boolean up) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(!m.transactional());
    try {
      MigrationContext ctx = StatementRunner.on(c);
      if (up) {
        m.up(ctx);
      } else {
        m.down(ctx);
      }
      if (m.transactional()) {
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      if (m.transactional()) {
        c.rollback();
      }
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
