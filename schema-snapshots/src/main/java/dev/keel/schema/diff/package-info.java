/**
 * The diff: {@link dev.keel.schema.diff.SchemaDiffer} compares two schemas and returns the ordered
 * {@link dev.keel.schema.diff.SchemaChange}s (records such as {@code CreateTable}, {@code
 * AddColumn} and {@code RenameColumn}) that turn a database built from the first into exactly one
 * built from the second; {@link dev.keel.schema.diff.DiffHints} says which tables and columns were
 * renamed. The reverse migration is the diff taken the other way round, with the hints inverted.
 */
package dev.keel.schema.diff;
