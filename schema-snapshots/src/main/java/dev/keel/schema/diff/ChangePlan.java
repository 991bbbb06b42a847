package dev.keel.schema.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects changes per {@link Stage}; the result lists the stages in order. */
final class ChangePlan {

  private final Map<Stage, List<SchemaChange>> stages = new EnumMap<>(Stage.class);

  void add(Stage stage, SchemaChange change) {
    stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(change);
  }

  /** Every change, stage by stage, each stage in the order its changes were added. */
  List<SchemaChange> toList() {
    List<SchemaChange> all = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      all.addAll(stages.getOrDefault(stage, List.of()));
    }
    return List.copyOf(all);
  }
}
