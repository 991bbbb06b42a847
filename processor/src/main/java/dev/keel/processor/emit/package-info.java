/**
 * Output: reading the committed migrations back (their metadata and compile-time checksums),
 * writing a new migration class with JavaPoet, the schema snapshot, and the migration index the
 * runtime reads. The only stage besides extraction that touches files.
 */
package dev.keel.processor.emit;
