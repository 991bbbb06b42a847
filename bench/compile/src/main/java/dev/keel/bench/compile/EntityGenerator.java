package dev.keel.bench.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources of {@code count} generated entities and the enums they use into a source root.
 * The same count, shape and seed always give the same bytes.
 */
final class EntityGenerator {

  private EntityGenerator() {}

  /**
   * Writes the sources under {@code sourceRoot} (which must not hold other sources of the package)
   * and returns their paths in a fixed order.
   */
  static List<Path> generate(Path sourceRoot, int count, EntityShape shape, long seed)
      throws IOException {
    Path dir = sourceRoot.resolve(EntitySource.PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (int k = 0; k < EntityPlanner.ENUM_TYPES; k++) {
      String name = EntityPlanner.enumName(k);
      written.add(write(dir.resolve(name + ".java"), EntitySource.renderEnum(name, k)));
    }
    EntityPlanner planner = new EntityPlanner(count, shape, seed);
    for (int i = 0; i < count; i++) {
      EntitySpec entity = planner.plan(i);
      written.add(write(dir.resolve(entity.className() + ".java"), EntitySource.render(entity)));
    }
    return written;
  }

  private static Path write(Path file, String source) throws IOException {
    return Files.writeString(file, source, StandardCharsets.UTF_8);
  }
}
