/**
 * The compile-overhead benchmark: generates JPA entity sources and times the JDK's {@code javac},
 * each compile a process of its own, without annotation processing, with hibernate-processor and
 * with Keel, reporting medians, peak resident memory and ratios against plain javac. Run it with
 * {@code bench/compile/run.sh}; {@code docs/bench-compile.md} describes the method and the numbers.
 */
package dev.keel.bench.compile;
