package dev.keel.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Consent to drop columns or tables, with their data. Without it Keel stops compilation when a
 * migration would drop one.
 *
 * <p>On an entity, {@code columns} names columns of its table that its attributes no longer map.
 * {@code tables} names whole tables that no entity maps any more (a removed entity, a removed join
 * or collection table); it may be written on any entity or on a {@code package-info.java}, or given
 * as the processor option {@code -Akeel.allowDrop=table1,table2}.
 *
 * <pre>{@code
 * @Entity
 * @AllowDrop(columns = "lockout_until", tables = "audit_entry")
 * public class User { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface AllowDrop {

  /** Columns of this entity's table that may be dropped. */
  String[] columns() default {};

  /** Tables that may be dropped. */
  String[] tables() default {};
}
