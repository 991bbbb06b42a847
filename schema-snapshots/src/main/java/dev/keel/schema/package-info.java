/**
 * The schema model: immutable records for what Keel maps entities to and what it diffs. Names are
 * kept as they are written in DDL (a quoted identifier keeps its double quotes), and compared the
 * way PostgreSQL compares them ({@link dev.keel.schema.Identifiers#canonical}). Every list is kept
 * in a canonical order, so two equal schemas are equal records and serialise to equal bytes.
 */
package dev.keel.schema;
