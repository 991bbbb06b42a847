package dev.keel.schema.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree in Keel's canonical layout: two-space indent, {@code \n} line ends, one object
 * member per line, arrays of scalars on one line ({@code ["a", "b"]}), arrays of objects one
 * element per line, a trailing newline. Members are written in the tree's insertion order.
 */
final class CanonicalJson {

  private static final String INDENT = "  ";

  private CanonicalJson() {}

  /** The canonical text of {@code root}, ending with a newline. */
  static String write(JsonNode root) {
    StringBuilder out = new StringBuilder();
    value(out, root, 0);
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, JsonNode node, int depth) {
    if (node.isObject()) {
      object(out, node, depth);
    } else if (node.isArray()) {
      array(out, node, depth);
    } else if (node.isTextual()) {
      string(out, node.textValue());
    } else if (node.isIntegralNumber() || node.isBoolean()) {
      out.append(node.asText());
    } else {
      throw new IllegalArgumentException("not a snapshot value: " + node.getNodeType());
    }
  }

  private static void object(StringBuilder out, JsonNode node, int depth) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      indent(out, depth + 1);
      string(out, member.getKey());
      out.append(": ");
      value(out, member.getValue(), depth + 1);
      out.append(members.hasNext() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, JsonNode node, int depth) {
    boolean scalars = true;
    for (JsonNode element : node) {
      scalars &= element.isValueNode();
    }
    if (scalars) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        value(out, node.get(i), depth);
      }
      out.append(']');
      return;
    }
    out.append("[\n");
    for (int i = 0; i < node.size(); i++) {
      indent(out, depth + 1);
      value(out, node.get(i), depth + 1);
      out.append(i + 1 < node.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
  }

  private static void string(StringBuilder out, String text) {
    out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append(INDENT.repeat(depth));
  }
}
