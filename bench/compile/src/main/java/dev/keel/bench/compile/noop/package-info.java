/**
 * A processor that does nothing, for the benchmark's floor: what javac itself costs once any
 * annotation processor takes part (discovery, the processing rounds, entering the sources again for
 * the last round), before a processor does any work of its own.
 */
package dev.keel.bench.compile.noop;
