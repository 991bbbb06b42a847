package dev.keel.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a migration class records about itself. The processor writes it on every generated migration
 * and reads it back from the migration sources at every build; hand-written migrations carry it
 * too, usually without the snapshot hashes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface KeelMigration {

  /**
   * The version; migrations run in ascending numeric order. Equals the number in the class name.
   */
  long version();

  /** A short name in UpperCamelCase, such as {@code AddProfilePictureToUsers}. */
  String name();

  /**
   * The hash of the schema snapshot this migration starts from, or empty for a hand-written
   * migration that does not change the mapped schema.
   */
  String startsFrom() default "";

  /** The hash of the schema snapshot this migration ends at, or empty (see {@link #startsFrom}). */
  String endsAt() default "";

  /**
   * The checksum of the statements as Keel generated them. The checksum the runtime compares is
   * computed again from the source at every build and written to the migration index, so a hand
   * edit made before the migration first runs is fine, and one made after it ran is caught.
   */
  String checksum() default "";
}
