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

  /**
   * Hibernate quotes at the logical name, before the naming strategy, which then leaves quoted
   * names alone: {@code all} quotes every name as written, {@code keywords} quotes the names in
   * Hibernate's keyword list as written ({@code User} becomes {@code "User"}); everything else goes
   * through the naming strategy, and a PostgreSQL reserved word left unquoted is reported.
   */
  private String name(String logical, String owner, String position, String annotation) {
    String written = explicitQuotes(logical.trim());
    if (Identifiers.isQuoted(written)) {
      return written;
    }
    if (options.quoting() == Quoting.ALL
        || (options.quoting() == Quoting.KEYWORDS && HibernateKeywords.contains(written))) {
      return Identifiers.quote(written);
    }
    String physical = options.naming().physical(written);
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

  /**
   * An implicit name made of parts (names, as written or as in DDL, and separators), quoted as
   * Hibernate quotes it: a name built from a quoted part is quoted, case kept, and skips the naming
   * strategy. Under {@code keywords} a part in Hibernate's keyword list counts as quoted ({@code
   * Order} + {@code _id} gives {@code "Order_id"}); under {@code all} every name is.
   */
  String implicit(String... parts) {
    boolean quoted = options.quoting() == Quoting.ALL;
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      if (Identifiers.isQuoted(part)) {
        quoted = true;
        b.append(text(part));
      } else {
        quoted |= options.quoting() == Quoting.KEYWORDS && HibernateKeywords.contains(part);
        b.append(part);
      }
    }
    return quoted ? Identifiers.quote(b.toString()) : b.toString();
  }

  /**
   * The implicit name of a column that references {@code referencedTable}: Hibernate quotes it when
   * that table's name is quoted, besides the reasons of {@link #implicit}.
   */
  String implicitReferencing(String referencedTable, String... parts) {
    String name = implicit(parts);
    return Identifiers.isQuoted(referencedTable) ? Identifiers.quote(text(name)) : name;
  }

  /** The text of a DDL name without its quotes, case kept: for building implicit names from it. */
  static String text(String ddlName) {
    return Identifiers.isQuoted(ddlName)
        ? ddlName.substring(1, ddlName.length() - 1).replace("\"\"", "\"")
        : ddlName;
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
