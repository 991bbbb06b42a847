package dev.keel.bench.compile;

import java.util.Locale;

/** What the generated entities contain. */
enum EntityShape {
  /** Single-table entities: a generated id and basic attributes of varied types. */
  BASIC,
  /**
   * The basic attributes plus a {@code @ManyToOne} to another entity, the
   * {@code @OneToMany(mappedBy)} back from the entity that points here, and a {@code @ManyToMany}
   * with a join table.
   */
  RELATIONS;

  /** The name used on the command line and in the report. */
  String option() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The shape named {@code option}, such as {@code basic}. */
  static EntityShape fromOption(String option) {
    for (EntityShape s : values()) {
      if (s.option().equals(option.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "Unknown entity shape '" + option + "': use 'basic' or 'relations'.");
  }
}
