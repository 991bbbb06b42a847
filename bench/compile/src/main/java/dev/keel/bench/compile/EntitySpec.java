package dev.keel.bench.compile;

import java.util.List;

/**
 * One generated entity class.
 *
 * @param className the simple class name
 * @param classAnnotations the annotations on the class, one per element
 * @param attributes the fields, id first
 * @param imports the qualified names the class needs imported
 */
record EntitySpec(
    String className,
    List<String> classAnnotations,
    List<Attribute> attributes,
    List<String> imports) {

  EntitySpec {
    classAnnotations = List.copyOf(classAnnotations);
    attributes = List.copyOf(attributes);
    imports = List.copyOf(imports);
  }
}
