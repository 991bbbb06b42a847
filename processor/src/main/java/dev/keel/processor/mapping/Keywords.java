package dev.keel.processor.mapping;

import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's reserved key words: the ones that cannot be a table or column name unquoted
 * (categories R and T of {@code pg_get_keywords()}, PostgreSQL 15, plus {@code system_user} from
 * 16). A test checks the list against the server the tests run on.
 */
public final class Keywords {

  private static final Set<String> RESERVED =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "binary",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "collation",
          "column",
          "concurrently",
          "constraint",
          "create",
          "cross",
          "current_catalog",
          "current_date",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "fetch",
          "for",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "group",
          "having",
          "ilike",
          "in",
          "initially",
          "inner",
          "intersect",
          "into",
          "is",
          "isnull",
          "join",
          "lateral",
          "leading",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "natural",
          "not",
          "notnull",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "outer",
          "overlaps",
          "placing",
          "primary",
          "references",
          "returning",
          "right",
          "select",
          "session_user",
          "similar",
          "some",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "variadic",
          "verbose",
          "when",
          "where",
          "window",
          "with");

  private Keywords() {}

  /** Whether an unquoted {@code name} is a reserved word in PostgreSQL. */
  public static boolean isReserved(String name) {
    return !name.startsWith("\"") && RESERVED.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The reserved words, for tests. */
  public static Set<String> reserved() {
    return RESERVED;
  }
}
