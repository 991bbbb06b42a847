package dev.keel.runtime;

import java.util.ArrayList;
import java.util.List;

/** Delegates to its parent, and records which fixture migration classes were asked for. */
final class RecordingClassLoader extends ClassLoader {

  private final List<String> migrationClasses = new ArrayList<>();

  RecordingClassLoader(ClassLoader parent) {
    super(parent);
  }

  @Override
  protected synchronized Class<?> loadClass(String name, boolean resolve)
      throws ClassNotFoundException {
    if (name.startsWith("dev.keel.runtime.fixtures.")) {
      migrationClasses.add(name);
    }
    return super.loadClass(name, resolve);
  }

  synchronized List<String> migrationClassesLoaded() {
    return List.copyOf(migrationClasses);
  }
}
