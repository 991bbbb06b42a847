/**
 * Test helpers shared by every module through this module's test jar: a PostgreSQL server found the
 * documented way, a fresh database per test, and a reader that describes a database's catalog.
 */
package dev.keel.schema.testing;
