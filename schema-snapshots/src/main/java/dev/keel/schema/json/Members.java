package dev.keel.schema.json;

/** The member names of the snapshot format, shared by the writer and the reader. */
final class Members {

  static final String FORMAT_VERSION = "formatVersion";
  static final String NAMESPACES = "namespaces";
  static final String SEQUENCES = "sequences";
  static final String TABLES = "tables";
  static final String SCHEMA = "schema";
  static final String NAME = "name";
  static final String START = "start";
  static final String INCREMENT = "increment";
  static final String COLUMNS = "columns";
  static final String PRIMARY_KEY = "primaryKey";
  static final String UNIQUE_CONSTRAINTS = "uniqueConstraints";
  static final String INDEXES = "indexes";
  static final String FOREIGN_KEYS = "foreignKeys";
  static final String CHECKS = "checks";
  static final String TYPE = "type";
  static final String NULLABLE = "nullable";
  static final String DEFAULT_VALUE = "defaultValue";
  static final String IDENTITY = "identity";
  static final String CUSTOM_TYPE = "customType";
  static final String REFERENCED_SCHEMA = "referencedSchema";
  static final String REFERENCED_TABLE = "referencedTable";
  static final String REFERENCED_COLUMNS = "referencedColumns";
  static final String COLUMN = "column";
  static final String EXPRESSION = "expression";

  private Members() {}
}
