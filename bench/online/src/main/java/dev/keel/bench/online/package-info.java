/**
 * The online-forms benchmark: {@link dev.keel.bench.online.OnlineBench} runs each schema change
 * Keel has an online form for, rendered by {@code PostgresDdl} plain and online, against a table of
 * a million rows that a writer thread keeps inserting into, and reports the longest insert stall of
 * each form.
 */
package dev.keel.bench.online;
