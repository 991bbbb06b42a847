package dev.keel.bench.compile;

import java.util.List;

/**
 * One field of a generated entity, with its annotations as source text.
 *
 * @param annotations the annotations, one per line, such as {@code @Column(unique = true)}
 * @param type the Java type as written, such as {@code List<Order0007>}
 * @param name the field name
 * @param initializer the initial value as written, or empty
 * @param imports the qualified names the field needs imported
 */
record Attribute(
    List<String> annotations, String type, String name, String initializer, List<String> imports) {

  Attribute {
    annotations = List.copyOf(annotations);
    imports = List.copyOf(imports);
  }

  /** A field without an initializer. */
  static Attribute of(String type, String name, List<String> imports, String... annotations) {
    return new Attribute(List.of(annotations), type, name, "", imports);
  }
}
