package dev.keel.schema.safety;

import dev.keel.schema.ColumnTypes;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a column type change does to the data and to the table, for the types Hibernate maps to.
 * Types compare the way PostgreSQL stores them ({@link ColumnTypes#formatType}), so {@code
 * float(53)} → {@code double precision} is no change at all.
 *
 * <p><b>Safe widenings</b> ({@link #isSafeWidening}): every value of the old type converts to an
 * equal value of the new type, so nothing is lost, cut, rounded or rejected:
 *
 * <table>
 *   <caption>Safe widenings</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>{@code varchar(n)}</td><td>{@code varchar(m)}, m ≥ n; {@code varchar}; {@code
 *       text}</td></tr>
 *   <tr><td>{@code varchar}, {@code text}</td><td>{@code varchar}, {@code text}</td></tr>
 *   <tr><td>{@code char(n)}</td><td>{@code char(m)}, m ≥ n</td></tr>
 *   <tr><td>{@code smallint}</td><td>{@code integer}, {@code bigint}, {@code real}, {@code double
 *       precision}, {@code numeric}, {@code numeric(p,s)} with p − s ≥ 5</td></tr>
 *   <tr><td>{@code integer}</td><td>{@code bigint}, {@code double precision}, {@code numeric},
 *       {@code numeric(p,s)} with p − s ≥ 10</td></tr>
 *   <tr><td>{@code bigint}</td><td>{@code numeric}, {@code numeric(p,s)} with p − s ≥
 *       19</td></tr>
 *   <tr><td>{@code real}</td><td>{@code double precision}</td></tr>
 *   <tr><td>{@code numeric(p,s)}</td><td>{@code numeric}; {@code numeric(p',s')} with s' ≥ s and
 *       p' − s' ≥ p − s</td></tr>
 *   <tr><td>{@code timestamp(p)}, {@code timestamp(p) with time zone}, {@code time(p)}, {@code
 *       time(p) with time zone}</td><td>the same type with precision q ≥ p, or none (6)</td></tr>
 *   <tr><td>{@code date}</td><td>{@code timestamp}, {@code timestamp(p)}</td></tr>
 * </table>
 *
 * Everything else counts as narrowing: shorter strings, fewer digits or a smaller scale, {@code
 * bigint} → {@code integer}, {@code double precision} → {@code real}, lower time precision (values
 * are rounded), {@code char} → {@code varchar}/{@code text} (PostgreSQL strips the trailing
 * spaces), {@code timestamp} ↔ {@code timestamp with time zone} (the values are read in the
 * session's time zone), changes between type families, and any {@code columnDefinition} type Keel
 * cannot read.
 *
 * <p><b>Rewrites</b> ({@link #rewrites}): PostgreSQL rewrites the table and rebuilds its indexes
 * under {@code ACCESS EXCLUSIVE} unless the old type is binary coercible to the new one, or a
 * length coercion only allows more (its planner support function turns it into a no-op). Sources:
 * the PostgreSQL 12+ manual, {@code ALTER TABLE}, Notes ("changing the type of an existing column
 * will normally cause the entire table and its indexes to be rewritten", with the binary-coercion
 * exception); the source, {@code ATColumnChangeRequiresRewrite} in {@code tablecmds.c} and the
 * support functions {@code varchar_support}, {@code numeric_support} and {@code TemporalSimplify};
 * PostgreSQL 12's release notes for {@code timestamp} ↔ {@code timestamptz}. No rewrite for: {@code
 * varchar(n)} → {@code varchar(m ≥ n)}, {@code varchar}, {@code text}; {@code text} ↔ {@code
 * varchar}; {@code numeric(p,s)} → {@code numeric(p' ≥ p, s)} or {@code numeric}; {@code
 * timestamp}, {@code timestamptz}, {@code time}, {@code timetz} to a higher precision or none.
 * Everything else rewrites, also {@code integer} → {@code bigint} and a scale change; {@code
 * timestamp} ↔ {@code timestamptz} rewrites unless the migration's session time zone is UTC, which
 * Keel cannot know, so it counts as a rewrite. A database test checks each rule against PostgreSQL.
 */
final class TypeChange {

  private static final Map<String, Integer> INTEGER_RANK =
      Map.of("smallint", 1, "integer", 2, "bigint", 3);
  private static final Map<String, Integer> INTEGER_DIGITS =
      Map.of("smallint", 5, "integer", 10, "bigint", 19);
  private static final Set<String> TEMPORAL =
      Set.of(
          "timestamp without time zone",
          "timestamp with time zone",
          "time without time zone",
          "time with time zone");
  private static final Set<String> STRINGS = Set.of("character varying", "text");

  private TypeChange() {}

  /** Whether the types are the same in PostgreSQL ({@code float(53)} and {@code float8} are). */
  static boolean same(String from, String to) {
    return ColumnTypes.formatType(from).equals(ColumnTypes.formatType(to));
  }

  /** Whether every value of {@code from} converts to an equal value of {@code to}. */
  static boolean isSafeWidening(String from, String to) {
    Type f = Type.of(from);
    Type t = Type.of(to);
    if (f.equals(t)) {
      return true;
    }
    if (STRINGS.contains(f.base) && STRINGS.contains(t.base)) {
      return t.unbounded() || (!f.unbounded() && f.base.equals(t.base) && t.length() >= f.length());
    }
    if (f.base.equals("character") && t.base.equals("character")) {
      return t.length() >= f.length();
    }
    if (INTEGER_RANK.containsKey(f.base)) {
      return integerWidening(f, t);
    }
    if (f.base.equals("real")) {
      return t.base.equals("double precision");
    }
    if (f.base.equals("numeric") && t.base.equals("numeric")) {
      return t.unbounded()
          || (!f.unbounded()
              && t.scale() >= f.scale()
              && t.length() - t.scale() >= f.length() - f.scale());
    }
    if (TEMPORAL.contains(f.base) && f.base.equals(t.base)) {
      return t.unbounded() || (!f.unbounded() && t.length() >= f.length());
    }
    return f.base.equals("date") && t.base.equals("timestamp without time zone");
  }

  private static boolean integerWidening(Type f, Type t) {
    if (INTEGER_RANK.containsKey(t.base)) {
      return INTEGER_RANK.get(t.base) >= INTEGER_RANK.get(f.base);
    }
    if (t.base.equals("numeric")) {
      return t.unbounded() || t.length() - t.scale() >= INTEGER_DIGITS.get(f.base);
    }
    if (t.base.equals("double precision")) {
      return !f.base.equals("bigint");
    }
    return t.base.equals("real") && f.base.equals("smallint");
  }

  /** Whether PostgreSQL rewrites the table to change a column from {@code from} to {@code to}. */
  static boolean rewrites(String from, String to) {
    Type f = Type.of(from);
    Type t = Type.of(to);
    if (f.equals(t)) {
      return false;
    }
    if (STRINGS.contains(f.base) && STRINGS.contains(t.base)) {
      boolean relabel = t.base.equals("text") || t.unbounded();
      boolean longer = f.base.equals(t.base) && !f.unbounded() && t.length() >= f.length();
      return !(relabel || longer);
    }
    if (f.base.equals("numeric") && t.base.equals("numeric")) {
      return !(t.unbounded()
          || (!f.unbounded() && t.length() >= f.length() && t.scale() == f.scale()));
    }
    if (TEMPORAL.contains(f.base) && f.base.equals(t.base)) {
      return !(t.unbounded() || (!f.unbounded() && t.length() >= f.length()));
    }
    return true;
  }

  /** A type as PostgreSQL stores it: base name and modifiers. */
  private record Type(String base, OptionalInt first, OptionalInt second) {

    static Type of(String type) {
      String stored = ColumnTypes.formatType(type);
      return new Type(
          ColumnTypes.base(stored),
          ColumnTypes.firstModifier(stored),
          ColumnTypes.secondModifier(stored));
    }

    boolean unbounded() {
      return first.isEmpty();
    }

    int length() {
      return first.orElse(Integer.MAX_VALUE);
    }

    int scale() {
      return second.orElse(0);
    }
  }
}
