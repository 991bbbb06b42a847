package dev.keel.processor.mapping;

/** Which names Keel writes quoted, mirroring the application's Hibernate settings. */
public enum Quoting {
  /** Names as Hibernate sends them by default: unquoted (reserved words are a compile error). */
  NONE("none"),
  /** Reserved words quoted, as {@code hibernate.auto_quote_keyword=true}. */
  KEYWORDS("keywords"),
  /** Every name quoted, as {@code hibernate.globally_quoted_identifiers=true}. */
  ALL("all");

  private final String option;

  Quoting(String option) {
    this.option = option;
  }

  /** The value of the {@code keel.quoting} option that selects this mode. */
  public String option() {
    return option;
  }

  /** The mode for an option value, or null if there is none. */
  public static Quoting fromOption(String value) {
    for (Quoting q : values()) {
      if (q.option.equals(value)) {
        return q;
      }
    }
    return null;
  }
}
