/**
 * The runtime benchmark: Keel's {@code Migrator} against Flyway and a plain-JDBC floor on one
 * PostgreSQL, with migrations generated at bench time. Entry point {@link
 * dev.keel.bench.migrate.MigrateBench}; see docs/bench-runtime.md.
 */
package dev.keel.bench.migrate;
