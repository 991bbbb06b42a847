package dev.keel.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Consent to narrow this attribute's column type (a shorter {@code varchar}, a smaller precision,
 * {@code bigint} to {@code integer}, ...): existing values that do not fit make the migration fail
 * or lose precision. Without it Keel stops compilation on such a change.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface AllowNarrowing {}
