/**
 * The committed snapshot: {@link dev.keel.schema.json.SnapshotCodec} reads and writes a {@link
 * dev.keel.schema.Schema} as canonical JSON (fixed key order, fixed layout, defaults omitted) so
 * that equal schemas are equal bytes and hash alike, and turns every way a snapshot file can be
 * broken into a {@link dev.keel.schema.json.SnapshotFormatException} that says how to fix it.
 */
package dev.keel.schema.json;
