package dev.keel.processor.mapping;

import dev.keel.schema.Identifiers;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names Hibernate gives unnamed foreign keys ({@code FK…}), indexes ({@code IDX…}) and unique
 * keys ({@code UK…}): a prefix and the base-35 MD5 of the table, the referenced table and the
 * sorted columns. Facts: hibernate-postgresql-ddl.md §4.4, with its test vectors.
 */
public final class HibernateNames {

  private HibernateNames() {}

  /** {@code FK<hash>} for a foreign key from {@code table} to {@code referenced}. */
  public static String foreignKey(String table, String referenced, List<String> columns) {
    return "FK" + hash(table, referenced, columns);
  }

  /** {@code IDX<hash>} for an index; columns as written in {@code columnList}. */
  public static String index(String table, List<String> columns) {
    return "IDX" + hash(table, null, columns);
  }

  /** {@code UK<hash>} for a unique key. */
  public static String uniqueKey(String table, List<String> columns) {
    return "UK" + hash(table, null, columns);
  }

  static String hash(String table, String referenced, List<String> columns) {
    StringBuilder s = new StringBuilder("table`").append(render(table)).append('`');
    if (referenced != null) {
      s.append("references`").append(render(referenced)).append('`');
    }
    List<String> sorted = new ArrayList<>(columns);
    sorted.sort(Comparator.comparing(HibernateNames::canonical));
    for (String c : sorted) {
      s.append("column`").append(render(c)).append('`');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5").digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, digest).toString(35);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java platform", e);
    }
  }

  private static String render(String id) {
    return Identifiers.isQuoted(id) ? "`" + Identifiers.canonical(id) + "`" : id;
  }

  private static String canonical(String id) {
    return Identifiers.isQuoted(id) ? Identifiers.canonical(id) : id.toLowerCase(Locale.ENGLISH);
  }
}
