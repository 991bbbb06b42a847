package dev.keel.bench.compile;

import java.nio.file.Path;

/**
 * One javac process.
 *
 * @param wallNanos wall time from starting the process to its exit
 * @param cpuNanos the CPU time of the process, user plus system (GNU time's {@code %U + %S})
 * @param peakRssKb the process's peak resident set size (GNU time's {@code %M}), in KiB
 * @param exitCode javac's exit code
 * @param log the file holding javac's output
 */
record Measurement(long wallNanos, long cpuNanos, long peakRssKb, int exitCode, Path log) {}
