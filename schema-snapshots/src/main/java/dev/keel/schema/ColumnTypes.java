package dev.keel.schema;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of a column type written the way Hibernate writes PostgreSQL types. */
public final class ColumnTypes {

  /**
   * A type with one or two modifiers. At most nine digits each, so a modifier always fits an {@code
   * int}; a type with a larger one (PostgreSQL rejects it anyway) is left unparsed.
   */
  private static final Pattern MODIFIERS =
      Pattern.compile("^([a-z0-9 ]+?)\\s*\\(\\s*(\\d{1,9})\\s*(?:,\\s*(\\d{1,9})\\s*)?\\)(.*)$");

  /** PostgreSQL's longest {@code varchar}; Hibernate maps longer strings to {@code text}. */
  public static final int MAX_VARCHAR = 10_485_760;

  /** Hibernate's divisor from precision (digits or bits) to an estimated byte count: 8·log2(10). */
  private static final double DIGITS_PER_BYTE = 8 * Math.log(10) / Math.log(2);

  /** {@link #orderWidth} of the types whose width depends on no length or precision. */
  private static final Map<String, Long> FIXED_WIDTHS =
      Map.ofEntries(
          Map.entry("boolean", 1L),
          Map.entry("bool", 1L),
          Map.entry("smallint", 2L),
          Map.entry("int2", 2L),
          Map.entry("integer", 4L),
          Map.entry("int", 4L),
          Map.entry("int4", 4L),
          Map.entry("float4", 4L),
          Map.entry("real", 4L),
          Map.entry("date", 4L),
          Map.entry("time", 4L),
          Map.entry("time with time zone", 4L),
          Map.entry("bigint", 8L),
          Map.entry("int8", 8L),
          Map.entry("timestamp", 8L),
          Map.entry("timestamp with time zone", 8L),
          Map.entry("uuid", 16L),
          Map.entry("double precision", 2L),
          Map.entry("float8", 2L));

  /** Names PostgreSQL writes differently from how a type may be declared. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "int", "integer",
          "int4", "integer",
          "int2", "smallint",
          "int8", "bigint",
          "float4", "real",
          "float8", "double precision",
          "bool", "boolean");

  private ColumnTypes() {}

  /**
   * The type without modifiers, lower case: {@code varchar} for {@code varchar(255)}, {@code
   * timestamp with time zone} for {@code timestamp(6) with time zone}.
   */
  public static String base(String type) {
    String t = type.trim().toLowerCase(Locale.ROOT);
    Matcher m = MODIFIERS.matcher(t);
    if (m.matches()) {
      return (m.group(1) + m.group(4)).trim();
    }
    return t;
  }

  /**
   * The first modifier: the length of {@code varchar(n)}, the precision of {@code numeric(p,s)}.
   */
  public static OptionalInt firstModifier(String type) {
    Matcher m = MODIFIERS.matcher(type.trim().toLowerCase(Locale.ROOT));
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
  }

  /** The second modifier: the scale of {@code numeric(p,s)}. */
  public static OptionalInt secondModifier(String type) {
    Matcher m = MODIFIERS.matcher(type.trim().toLowerCase(Locale.ROOT));
    return m.matches() && m.group(3) != null
        ? OptionalInt.of(Integer.parseInt(m.group(3)))
        : OptionalInt.empty();
  }

  /**
   * The byte width Hibernate 6.2+'s column ordering estimates for a type; see {@link
   * Table#columnOrder()}. A {@code varchar(255)} counts as a string left at its default length.
   */
  public static long orderWidth(String type) {
    String base = base(type);
    Long fixed = FIXED_WIDTHS.get(base);
    if (fixed != null) {
      return fixed;
    }
    OptionalInt first = firstModifier(type);
    switch (base) {
      case "float":
      case "numeric":
      case "decimal":
        return first.isPresent() ? (long) Math.ceil(first.getAsInt() / DIGITS_PER_BYTE) : 8;
      case "varchar":
      case "char":
      case "character varying":
      case "character":
        return first.isEmpty() || first.getAsInt() == 255 ? MAX_VARCHAR : first.getAsInt();
      default:
        return Integer.MAX_VALUE;
    }
  }

  /**
   * The type as PostgreSQL's {@code format_type} writes it back for a column declared with {@code
   * type}: {@code character varying(255)} for {@code varchar(255)}, {@code double precision} for
   * {@code float(53)}, {@code timestamp(6) without time zone} for {@code timestamp(6)}. Covers the
   * types Hibernate writes and their common aliases; any other type comes back trimmed and in lower
   * case.
   */
  public static String formatType(String type) {
    String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String base = base(t);
    OptionalInt first = firstModifier(t);
    OptionalInt second = secondModifier(t);
    String modifiers =
        first.isEmpty()
            ? ""
            : "(" + first.getAsInt() + (second.isPresent() ? "," + second.getAsInt() : "") + ")";
    switch (base) {
      case "varchar":
      case "character varying":
        return "character varying" + modifiers;
      case "char":
      case "character":
      case "bpchar":
        return "character" + (modifiers.isEmpty() ? "(1)" : modifiers);
      case "float":
        return first.isPresent() && first.getAsInt() <= 24 ? "real" : "double precision";
      case "decimal":
      case "numeric":
        return "numeric"
            + (first.isPresent() && second.isEmpty() ? "(" + first.getAsInt() + ",0)" : modifiers);
      case "time":
      case "time without time zone":
        return "time" + modifiers + " without time zone";
      case "timestamp":
      case "timestamp without time zone":
        return "timestamp" + modifiers + " without time zone";
      case "timetz":
      case "time with time zone":
        return "time" + modifiers + " with time zone";
      case "timestamptz":
      case "timestamp with time zone":
        return "timestamp" + modifiers + " with time zone";
      default:
        return ALIASES.getOrDefault(base, base) + modifiers;
    }
  }
}
