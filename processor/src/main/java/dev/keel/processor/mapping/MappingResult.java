package dev.keel.processor.mapping;

import dev.keel.processor.validate.Problem;
import dev.keel.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What mapping produced.
 *
 * @param schema the mapped schema
 * @param problems what is wrong with the mapping, anchored to source positions
 * @param positions where each table ({@code Table#key()}) and column ({@code <table key>/<column
 *     key>}) comes from, as source position keys, so later stages can report on the entity or
 *     attribute behind a change
 * @param hints the renames and consents written next to the entities
 */
public record MappingResult(
    Schema schema, List<Problem> problems, Map<String, String> positions, Hints hints) {

  public MappingResult {
    problems = List.copyOf(problems);
    positions = java.util.Collections.unmodifiableMap(new TreeMap<>(positions));
  }
}
