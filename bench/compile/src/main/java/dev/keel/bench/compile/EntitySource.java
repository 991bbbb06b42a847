package dev.keel.bench.compile;

import java.util.List;

/** Renders an {@link EntitySpec} as a Java source file: fields, then a getter and setter each. */
final class EntitySource {

  /** The package of the generated entities and enums. */
  static final String PACKAGE = "bench.model";

  private static final List<String> STAGES =
      List.of("DRAFT", "PENDING", "ACTIVE", "SUSPENDED", "CLOSED", "ARCHIVED");

  private EntitySource() {}

  /** The source of {@code entity}. */
  static String render(EntitySpec entity) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(PACKAGE).append(";\n\n");
    for (String i : entity.imports()) {
      out.append("import ").append(i).append(";\n");
    }
    out.append("\n/** A generated entity of Keel's compile benchmark. */\n");
    for (String a : entity.classAnnotations()) {
      out.append(a).append('\n');
    }
    out.append("public class ").append(entity.className()).append(" {\n");
    for (Attribute a : entity.attributes()) {
      out.append('\n');
      for (String annotation : a.annotations()) {
        out.append("  ").append(annotation).append('\n');
      }
      out.append("  private ").append(a.type()).append(' ').append(a.name());
      if (!a.initializer().isEmpty()) {
        out.append(" = ").append(a.initializer());
      }
      out.append(";\n");
    }
    for (Attribute a : entity.attributes()) {
      accessors(a, out);
    }
    return out.append("}\n").toString();
  }

  private static void accessors(Attribute a, StringBuilder out) {
    String suffix = Character.toUpperCase(a.name().charAt(0)) + a.name().substring(1);
    String getter = (a.type().equals("boolean") ? "is" : "get") + suffix;
    out.append("\n  public ").append(a.type()).append(' ').append(getter).append("() {\n");
    out.append("    return ").append(a.name()).append(";\n  }\n");
    out.append("\n  public void set").append(suffix).append('(').append(a.type()).append(' ');
    out.append(a.name()).append(") {\n");
    out.append("    this.").append(a.name()).append(" = ").append(a.name()).append(";\n  }\n");
  }

  /** The source of the enum type {@code name}; the {@code k}-th has {@code 3 + k % 4} constants. */
  static String renderEnum(String name, int k) {
    List<String> constants = STAGES.subList(0, 3 + k % 4);
    return "package "
        + PACKAGE
        + ";\n\n/** A generated enum of Keel's compile benchmark. */\npublic enum "
        + name
        + " {\n  "
        + String.join(",\n  ", constants)
        + "\n}\n";
  }
}
