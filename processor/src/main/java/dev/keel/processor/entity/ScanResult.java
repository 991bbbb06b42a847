package dev.keel.processor.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything extraction found: the entities of the module and the embeddables and converters they
 * use, by qualified name. A {@code TreeMap} keeps iteration in name order, so output built from it
 * is deterministic.
 *
 * @param types entities and embeddables by qualified name (mapped superclasses are folded into the
 *     entities that extend them)
 * @param converters attribute converters by qualified name
 * @param accessConflicts embeddables that owners of both access types embed, read differently each
 *     way, in embeddable and then attribute order
 */
public record ScanResult(
    Map<String, EntityModel> types,
    Map<String, ConverterModel> converters,
    List<AccessConflict> accessConflicts) {

  public ScanResult {
    types = java.util.Collections.unmodifiableMap(new TreeMap<>(types));
    converters = java.util.Collections.unmodifiableMap(new TreeMap<>(converters));
    accessConflicts = List.copyOf(accessConflicts);
  }

  /** The entities, in qualified-name order. */
  public Collection<EntityModel> entities() {
    return types.values().stream().filter(t -> t.kind() == EntityModel.Kind.ENTITY).toList();
  }

  /** The managed type with this qualified name. */
  public Optional<EntityModel> type(String qualifiedName) {
    return Optional.ofNullable(types.get(qualifiedName));
  }
}
