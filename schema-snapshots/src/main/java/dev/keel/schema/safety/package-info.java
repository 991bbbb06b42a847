/**
 * Safety classification: {@link dev.keel.schema.safety.SafetyCheck} reads the changes of a
 * migration and returns {@link dev.keel.schema.safety.Finding}s for those that lose or reject data,
 * that may be meant as renames, or that block writers of an existing table on PostgreSQL 12+ while
 * they scan or rewrite it. Pure: the processor turns findings into errors and warnings on source
 * elements. {@code docs/safety.md} explains each kind to users.
 */
package dev.keel.schema.safety;
