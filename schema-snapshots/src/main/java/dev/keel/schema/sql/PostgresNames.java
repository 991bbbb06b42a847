package dev.keel.schema.sql;

import dev.keel.schema.Identifiers;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names PostgreSQL gives objects that DDL leaves unnamed, reimplemented from its rules ({@code
 * makeObjectName}, {@code ChooseIndexNameAddition}, and the unnamed-check rule of {@code
 * AddRelationNewConstraints}).
 *
 * <p>Everything is in canonical names, the text PostgreSQL stores: pass {@link
 * Identifiers#canonical} of a name as written ({@code users} for {@code Users}, {@code User} for
 * {@code "User"}); a longer name is first cut to 63 bytes, as PostgreSQL's parser does. Write a
 * result into DDL with {@link Identifiers#asWritten}. A result is {@code <name1>_<name2>_<label>}
 * cut to 63 bytes: the label is never cut, and while too long, one byte comes off the longer of
 * name1 and name2 (off name2 when they are equally long), after which each part is shortened to
 * whole UTF-8 characters.
 *
 * <p>Not reproduced: when the name is already taken by a relation of the schema (or, for checks, by
 * a constraint of the table), PostgreSQL appends a number to the label ({@code t_a_key1}). The
 * model should avoid such collisions rather than predict them.
 */
public final class PostgresNames {

  /** PostgreSQL's {@code NAMEDATALEN - 1}: the longest name, in bytes. */
  public static final int MAX_NAME_BYTES = 63;

  private PostgresNames() {}

  /** {@code <table>_pkey}. */
  public static String primaryKey(String table) {
    return makeObjectName(name(table), null, "pkey");
  }

  /** {@code <table>_<column1>_<column2>..._key}, the name of an unnamed unique constraint. */
  public static String unique(String table, List<String> columns) {
    return makeObjectName(name(table), indexNameAddition(columns), "key");
  }

  /**
   * {@code <table>_<column>_check}, or {@code <table>_check} when {@code columnOrNull} is null: the
   * name of an unnamed check. PostgreSQL looks at the expression, not at where the check is
   * written: pass the column when the expression references exactly one column (however often), and
   * null when it references none or several.
   */
  public static String check(String table, String columnOrNull) {
    return makeObjectName(name(table), columnOrNull == null ? null : name(columnOrNull), "check");
  }

  /** {@code <table>_<column>_seq}, the sequence behind an identity column. */
  public static String identitySequence(String table, String column) {
    return makeObjectName(name(table), name(column), "seq");
  }

  /**
   * {@code <name1>_<name2>_<label>} from canonical names, cut the way PostgreSQL cuts the names it
   * makes: for names Keel makes up itself.
   */
  static String objectName(String name1, String name2, String label) {
    return makeObjectName(name(name1), name(name2), label);
  }

  /** A canonical name cut to 63 bytes, as PostgreSQL's parser cuts a longer identifier. */
  private static String name(String canonical) {
    return clip(canonical, MAX_NAME_BYTES);
  }

  /**
   * {@code ChooseIndexNameAddition}: the column names joined by {@code _}, stopping once the text
   * reaches 64 bytes (more could never be used).
   */
  private static String indexNameAddition(List<String> columns) {
    StringBuilder result = new StringBuilder();
    for (String column : columns) {
      if (result.length() > 0) {
        result.append('_');
      }
      result.append(name(column));
      if (bytes(result.toString()) >= MAX_NAME_BYTES + 1) {
        break;
      }
    }
    return result.toString();
  }

  /** {@code makeObjectName}: {@code name1[_name2]_label}, cut to 63 bytes. */
  private static String makeObjectName(String name1, String name2, String label) {
    int overhead = label.getBytes(StandardCharsets.UTF_8).length + 1 + (name2 == null ? 0 : 1);
    int available = MAX_NAME_BYTES - overhead;
    int length1 = bytes(name1);
    int length2 = name2 == null ? 0 : bytes(name2);
    while (length1 + length2 > available) {
      if (length1 > length2) {
        length1--;
      } else {
        length2--;
      }
    }
    StringBuilder result = new StringBuilder(clip(name1, length1));
    if (name2 != null) {
      result.append('_').append(clip(name2, length2));
    }
    return result.append('_').append(label).toString();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest prefix of {@code text} of whole characters that fits {@code maxBytes} in UTF-8. */
  private static String clip(String text, int maxBytes) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > maxBytes) {
        break;
      }
      used += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }
}
