package dev.keel.processor.mapping;

import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity while it is being mapped: where its hierarchy puts it, which table its attributes go
 * to, and its key columns once known.
 */
final class MappedEntity {

  /** How a hierarchy maps to tables. */
  enum Strategy {
    /** No entity superclass and no entity subclass. */
    NONE,
    SINGLE_TABLE,
    JOINED,
    TABLE_PER_CLASS
  }

  final EntityModel model;
  MappedEntity parent;
  MappedEntity root;
  final List<MappedEntity> children = new ArrayList<>();
  Strategy strategy = Strategy.NONE;

  /** Where this entity's own attributes go; null for an abstract TABLE_PER_CLASS class. */
  TableBuilder table;

  /** The key columns of {@link #table} (what a foreign key to this entity references). */
  List<KeyColumn> keyColumns;

  MappedEntity(EntityModel model) {
    this.model = model;
  }

  String name() {
    return model.simpleName();
  }

  /** The JPA entity name: {@code @Entity(name)}, else the simple class name. */
  String entityName() {
    String n = model.jpa("Entity").map(a -> a.string("name")).orElse("");
    return n.isBlank() ? model.simpleName() : n;
  }

  boolean isRoot() {
    return parent == null;
  }

  /** This entity and its entity superclasses, root first. */
  List<MappedEntity> lineage() {
    List<MappedEntity> result = new ArrayList<>();
    for (MappedEntity e = this; e != null; e = e.parent) {
      result.add(0, e);
    }
    return result;
  }

  /** The attributes whose columns go to {@link #table}: own ones, or all for TABLE_PER_CLASS. */
  List<AttributeModel> tableAttributes() {
    if (strategy != Strategy.TABLE_PER_CLASS) {
      return model.attributes();
    }
    List<AttributeModel> all = new ArrayList<>();
    for (MappedEntity e : lineage()) {
      all.addAll(e.model.attributes());
    }
    return all;
  }

  /** Every attribute of this entity including those of entity superclasses. */
  List<AttributeModel> allAttributes() {
    List<AttributeModel> all = new ArrayList<>();
    for (MappedEntity e : lineage()) {
      all.addAll(e.model.attributes());
    }
    return all;
  }

  /** Whether this entity is a subclass sharing its root's table. */
  boolean inSingleTableSubclass() {
    return strategy == Strategy.SINGLE_TABLE && !isRoot();
  }
}
