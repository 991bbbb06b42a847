/**
 * How the runtime works, not part of its API: the index reader, the history table, the advisory
 * lock, the planner that compares code and history, the applier, backups through the PostgreSQL
 * client tools, and the command line's parts. Classes here are public only so that {@code
 * dev.keel.runtime} can use them; applications must not.
 */
package dev.keel.runtime.internal;
