package dev.keel.processor;

import dev.keel.processor.entity.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The managed types (entities, embeddables, converters) of the module's last compilation, kept in
 * the class output so that a compilation of only some files still maps every entity.
 */
final class ManagedTypeList {

  static final String RESOURCE = "META-INF/keel/managed-types.list";

  private ManagedTypeList() {}

  /** The names an earlier compilation wrote, if the class output is a folder and has the list. */
  static List<String> read(Optional<Path> classOutput) {
    if (classOutput.isEmpty()) {
      return List.of();
    }
    Path file = classOutput.get().resolve(RESOURCE);
    try {
      return Files.exists(file)
          ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .toList()
          : List.of();
    } catch (IOException e) {
      return List.of(); // then only this compilation's types count, as in a first build
    }
  }

  /** Writes this compilation's managed types; returns the error text if it cannot. */
  static Optional<String> write(Filer filer, ScanResult scan) {
    TreeSet<String> names = new TreeSet<>(scan.types().keySet());
    names.addAll(scan.converters().keySet());
    StringBuilder b = new StringBuilder("# keel managed types 1\n");
    names.forEach(n -> b.append(n).append('\n'));
    try {
      FileObject list = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE);
      try (Writer w = list.openWriter()) {
        w.write(b.toString());
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e.toString());
    }
  }
}
