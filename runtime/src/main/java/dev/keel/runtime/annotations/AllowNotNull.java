package dev.keel.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Consent to make this attribute's existing column NOT NULL although it has no default: the
 * migration fails if a row holds NULL, so backfill first (a hand-written migration before it), or
 * give the column a default instead ({@code @ColumnDefault}). Without it Keel stops compilation on
 * such a change.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface AllowNotNull {}
