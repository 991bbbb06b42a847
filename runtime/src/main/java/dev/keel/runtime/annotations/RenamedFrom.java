package dev.keel.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This entity's table, or this attribute's column, was renamed: the next migration renames it
 * ({@code alter table .. rename ..}), keeping its data, instead of dropping the old one and adding
 * a new one. The value is the old name as it stands in the committed snapshot.
 *
 * <pre>{@code
 * @Entity
 * @RenamedFrom("clients")        // the table was "clients"
 * public class Customer {
 *   @RenamedFrom("mail")         // the column was "mail"
 *   private String email;
 * }
 * }</pre>
 *
 * <p>Once the migration is generated the hint has done its work; Keel warns while it stays, so that
 * it is removed rather than silently ignored.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

  /** The old table or column name, as in the snapshot. */
  String value();
}
