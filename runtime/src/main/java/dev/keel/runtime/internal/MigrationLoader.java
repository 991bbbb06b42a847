package dev.keel.runtime.internal;

import dev.keel.runtime.Migration;
import dev.keel.runtime.MigrationException;
import dev.keel.runtime.MigrationException.Reason;
import java.lang.reflect.InvocationTargetException;

/** Loads and instantiates a migration class named by the index, only when it must run. */
public final class MigrationLoader {

  private final ClassLoader loader;

  /** Loads migration classes through {@code loader}. */
  public MigrationLoader(ClassLoader loader) {
    this.loader = loader;
  }

  /** A new instance of the entry's class, through its public no-arg constructor. */
  public Migration instantiate(IndexEntry entry) {
    Class<?> type;
    try {
      type = Class.forName(entry.className(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw problem(
          entry,
          "cannot be loaded ("
              + e
              + "). Is the module that holds it on the class"
              + " path, and was it compiled together with its index?",
          e);
    }
    if (!Migration.class.isAssignableFrom(type)) {
      throw problem(entry, "does not implement " + Migration.class.getName() + ".", null);
    }
    try {
      return (Migration) type.getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw problem(entry, "needs a public constructor without parameters, in a public class.", e);
    } catch (InstantiationException e) {
      throw problem(entry, "is abstract.", e);
    } catch (InvocationTargetException e) {
      throw problem(entry, "threw from its constructor: " + e.getCause(), e.getCause());
    }
  }

  private static MigrationException problem(IndexEntry entry, String what, Throwable cause) {
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
            + what,
        entry.version(),
        entry.name(),
        0,
        null,
        null,
        cause);
  }
}
