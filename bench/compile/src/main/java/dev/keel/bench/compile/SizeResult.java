package dev.keel.bench.compile;

import java.util.Map;

/**
 * The measurements on one workspace.
 *
 * @param shape the entity shape
 * @param size the number of entities
 * @param samples the timed runs of each mode that ran
 * @param keelFailure why Keel's modes did not run (Keel failed on these entities), or empty
 */
record SizeResult(EntityShape shape, int size, Map<Mode, Samples> samples, String keelFailure) {

  SizeResult {
    samples = Map.copyOf(samples);
  }
}
