/**
 * The diff: {@link dev.keel.schema.diff.SchemaDiffer} compares two schemas and returns the ordered
 * {@link dev.keel.schema.diff.SchemaChange}s (records such as {@code CreateTable} and {@code
 * AddColumn}) that turn a database built from the first into exactly one built from the second; the
 * reverse migration is the diff taken the other way round.
 */
package dev.keel.schema.diff;
