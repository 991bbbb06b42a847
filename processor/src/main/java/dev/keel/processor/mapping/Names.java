package dev.keel.processor.mapping;

import dev.keel.processor.validate.Diagnostics;
import dev.keel.processor.validate.Problem;
import dev.keel.schema.Identifiers;
import java.util.List;

/**
 * Turns logical names into the names written in DDL: explicit quoting ({@code "x"} or {@code `x`})
 * is honoured, the naming strategy is applied to unquoted names, and the quoting option decides
 * what else is quoted. An unquoted reserved word is reported, with both ways out.
 */
final class Names {

  private final MappingOptions options;
  private final List<Problem> problems;

  Names(MappingOptions options, List<Problem> problems) {
    this.options = options;
    this.problems = problems;
  }

  /** The naming strategy in force. */
  NamingStrategy naming() {
    return options.naming();
  }

  /**
   * The DDL name of a table.
   *
   * @param logical the name as written or implied
   * @param owner what maps to it, for messages: {@code Entity 'User'}
   * @param position where to report a reserved word
   */
  String table(String logical, String owner, String position) {
    return name(logical, owner, position, "@Table(name = \"%s\")");
  }

  /** The DDL name of a column; see {@link #table}. */
  String column(String logical, String owner, String position) {
    return name(logical, owner, position, "@Column(name = \"%s\")");
  }

  /** The DDL name of a sequence; see {@link #table}. */
  String sequence(String logical, String owner, String position) {
    return name(logical, owner, position, "@SequenceGenerator(sequenceName = \"%s\")");
  }

  /** The DDL name of a PostgreSQL schema (namespace); see {@link #table}. */
  String namespace(String logical, String owner, String position) {
    return name(logical, owner, position, "@Table(schema = \"%s\")");
  }

  /** The DDL name of a constraint or index named by the user, or derived by Keel. */
  String constraint(String name) {
    String n = explicitQuotes(name);
    if (Identifiers.isQuoted(n)) {
      return n;
    }
    return options.quoting() == Quoting.ALL ? Identifiers.quote(n) : n;
  }

  private String name(String logical, String owner, String position, String annotation) {
    String written = explicitQuotes(logical.trim());
    if (Identifiers.isQuoted(written)) {
      return written;
    }
    String physical = options.naming().physical(written);
    switch (options.quoting()) {
      case ALL:
        return Identifiers.quote(physical);
      case KEYWORDS:
        return Keywords.isReserved(physical) ? Identifiers.quote(physical) : physical;
      default:
        if (Keywords.isReserved(physical)) {
          problems.add(
              Problem.at(
                  position,
                  Diagnostics.ReservedWord,
                  owner,
                  physical,
                  String.format(annotation, renamed(physical, annotation)),
                  String.format(annotation, "\\\"" + physical + "\\\"")));
        }
        return physical;
    }
  }

  private static String renamed(String reserved, String annotation) {
    return annotation.startsWith("@Table") ? reserved + "s" : reserved + "_value";
  }

  /** {@code `x`} (Hibernate's back-tick quoting) becomes {@code "x"}. */
  static String explicitQuotes(String name) {
    if (name.length() >= 2 && name.startsWith("`") && name.endsWith("`")) {
      return "\"" + name.substring(1, name.length() - 1) + "\"";
    }
    return name;
  }
}
