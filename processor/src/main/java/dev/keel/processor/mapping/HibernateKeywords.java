package dev.keel.processor.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words Hibernate quotes under {@code hibernate.auto_quote_keyword=true} on PostgreSQL: a
 * larger set than PostgreSQL's reserved words (it holds {@code value}, {@code version}, {@code
 * year}, ...). Hibernate quotes such a name as written, case kept, before any naming strategy, so
 * {@code User} becomes {@code "User"}. The list is a resource; a test compares it with Hibernate.
 */
final class HibernateKeywords {

  private static final Set<String> WORDS = load();

  private HibernateKeywords() {}

  /** Whether Hibernate would quote {@code name}. */
  static boolean contains(String name) {
    return WORDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The words, for tests. */
  static Set<String> words() {
    return WORDS;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = HibernateKeywords.class.getResourceAsStream("hibernate-keywords.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("hibernate-keywords.txt is part of the processor jar", e);
    }
    return Set.copyOf(words);
  }
}
