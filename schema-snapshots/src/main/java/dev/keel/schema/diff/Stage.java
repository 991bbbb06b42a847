package dev.keel.schema.diff;

/**
 * The stages of a migration, in the order they run. Each stage only needs what earlier stages made,
 * and removes nothing that later stages still need.
 */
enum Stage {
  /** Foreign keys that are removed, changed, or in the way of a later step. */
  DROP_FOREIGN_KEYS,
  /** Checks, unique constraints, indexes and primary keys that are removed or changed. */
  DROP_CONSTRAINTS,
  DROP_COLUMNS,
  /** In reverse foreign-key order: referencing tables first. */
  DROP_TABLES,
  DROP_SEQUENCES,
  CREATE_NAMESPACES,
  /** New sequences and changed ones. */
  CREATE_SEQUENCES,
  /** In foreign-key order: referenced tables first. */
  CREATE_TABLES,
  ADD_COLUMNS,
  /** Per column: identity dropped, default, type, default, nullability, identity added. */
  ALTER_COLUMNS,
  /** Primary keys, unique constraints and checks. */
  ADD_CONSTRAINTS,
  CREATE_INDEXES,
  /** After every table exists, which makes cycles harmless. */
  ADD_FOREIGN_KEYS,
  DROP_NAMESPACES
}
