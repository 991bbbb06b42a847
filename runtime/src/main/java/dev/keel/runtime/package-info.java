/**
 * Keel's runtime API: {@link dev.keel.runtime.Migrator} applies, reverts, reports and validates the
 * migrations listed in the migration index; {@link dev.keel.runtime.Migration} is the contract
 * every migration class (generated or hand-written) implements; {@link dev.keel.runtime.Cli} is the
 * command line. Everything an application or generated code may name lives here, and nothing else.
 */
package dev.keel.runtime;
