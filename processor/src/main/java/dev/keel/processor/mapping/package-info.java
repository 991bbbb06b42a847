/**
 * Mapping: decides what the extracted entities mean in PostgreSQL, the way Hibernate ORM 7 does:
 * names (naming strategy, quoting, Hibernate's constraint-name hashes), column types, nullability,
 * keys, constraints and sequences. Pure functions from {@link dev.keel.processor.entity.ScanResult}
 * to {@link dev.keel.schema.Schema}, with problems returned, never thrown.
 */
package dev.keel.processor.mapping;
