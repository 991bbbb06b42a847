package dev.keel.processor;

import dev.keel.processor.entity.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The managed types (entities, embeddables, converters) of the module's last compilation, kept in
 * the class output so that a compilation of only some files still maps every entity.
 */
final class ManagedTypeList {

  static final String RESOURCE = "META-INF/keel/managed-types.list";

  private ManagedTypeList() {}

  /**
   * The names an earlier compilation wrote, if the class output is a folder and has the list.
   *
   * @throws IOException if the list is there but cannot be read: without it, a compilation of some
   *     files would take the other entities for removed
   */
  static List<String> read(Optional<Path> classOutput) throws IOException {
    if (classOutput.isEmpty()) {
      return List.of();
    }
    Path file = classOutput.get().resolve(RESOURCE);
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }

  /** The list's text for this compilation's managed types. */
  static String text(ScanResult scan) {
    TreeSet<String> names = new TreeSet<>(scan.types().keySet());
    names.addAll(scan.converters().keySet());
    StringBuilder b = new StringBuilder("# keel managed types 1\n");
    names.forEach(n -> b.append(n).append('\n'));
    return b.toString();
  }
}
