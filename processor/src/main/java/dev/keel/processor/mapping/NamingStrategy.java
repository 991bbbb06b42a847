package dev.keel.processor.mapping;

import java.util.Locale;

/**
 * How implicit and explicit names become physical names. Explicit names win over implicit ones in
 * both strategies; they differ in what happens to a name on its way to the database.
 */
public enum NamingStrategy {
  /**
   * Spring Boot's defaults: Hibernate's snake-case physical naming ({@code
   * PhysicalNamingStrategySnakeCaseImpl}, 7.x rules) applied to every unquoted name, explicit ones
   * included, and Spring's implicit join-table rule {@code <owning table>_<attribute>}.
   */
  SNAKE_CASE("snake_case"),
  /** Hibernate's defaults: names as written, join tables {@code <owning table>_<target table>}. */
  JPA("jpa");

  private final String option;

  NamingStrategy(String option) {
    this.option = option;
  }

  /** The value of the {@code keel.naming} option that selects this strategy. */
  public String option() {
    return option;
  }

  /** The strategy for an option value, or null if there is none. */
  public static NamingStrategy fromOption(String value) {
    for (NamingStrategy s : values()) {
      if (s.option.equals(value)) {
        return s;
      }
    }
    return null;
  }

  /** The physical name of a logical one; quoted names are left alone. */
  public String physical(String logical) {
    if (this == JPA || logical.startsWith("\"")) {
      return logical;
    }
    return snakeCase(logical);
  }

  /**
   * Hibernate 7's snake-case rule: dots become underscores; an underscore goes before each upper
   * case letter (not the first or last character) whose neighbours are both lower-case letters or
   * digits; then everything is lower-cased.
   */
  static String snakeCase(String name) {
    StringBuilder b = new StringBuilder(name.replace('.', '_'));
    for (int i = 1; i < b.length() - 1; i++) {
      if (Character.isUpperCase(b.charAt(i))
          && isLowerOrDigit(b.charAt(i - 1))
          && isLowerOrDigit(b.charAt(i + 1))) {
        b.insert(i++, '_');
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isLowerOrDigit(char c) {
    return Character.isLowerCase(c) || Character.isDigit(c);
  }
}
