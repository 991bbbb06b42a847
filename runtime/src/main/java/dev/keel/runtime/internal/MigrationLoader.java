package dev.keel.runtime.internal;

import dev.keel.runtime.Migration;
import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and instantiates the migration classes named by the index, only when they must run, and all
 * of an operation's before its first change.
 */
public final class MigrationLoader {

  private final ClassLoader loader;

  /** Loads migration classes through {@code loader}. */
  public MigrationLoader(ClassLoader loader) {
    this.loader = loader;
  }

  /**
   * A new instance of each entry's class, in order, through its public no-arg constructor. Called
   * before an operation changes anything, so that a class that cannot be loaded stops it with
   * nothing changed; {@code consequence} ends that message, such as "Nothing was applied."
   */
  public List<Migration> instantiateAll(List<IndexEntry> entries, String consequence) {
    List<Migration> migrations = new ArrayList<>();
    for (IndexEntry entry : entries) {
      migrations.add(instantiate(entry, consequence));
    }
    return List.copyOf(migrations);
  }

  private Migration instantiate(IndexEntry entry, String consequence) {
    Class<?> type;
    try {
      type = Class.forName(entry.className(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw problem(
          entry,
          consequence,
          "cannot be loaded ("
              + e
              + "). Is the module that holds it on the class"
              + " path, and was it compiled together with its index?",
          e);
    }
    if (!Migration.class.isAssignableFrom(type)) {
      throw problem(
          entry, consequence, "does not implement " + Migration.class.getName() + ".", null);
    }
    try {
      return (Migration) type.getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw problem(
          entry,
          consequence,
          "needs a public constructor without parameters, in a public class.",
          e);
    } catch (InstantiationException e) {
      throw problem(entry, consequence, "is abstract.", e);
    } catch (InvocationTargetException e) {
      throw problem(
          entry, consequence, "threw from its constructor: " + e.getCause(), e.getCause());
    }
  }

  private static MigrationException problem(
      IndexEntry entry, String consequence, String what, Throwable cause) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "Migration "
            + entry.version()
            + " '"
            + entry.name()
            + "': class "
            + entry.className()
            + " (listed in "
            + entry.source()
            + ") "
            + what
            + " "
            + consequence,
        entry.version(),
        entry.name(),
        0,
        null,
        null,
        cause);
  }
}
