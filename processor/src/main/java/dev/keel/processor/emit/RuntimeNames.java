package dev.keel.processor.emit;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code refers to, by name: the processor never links to {@code
 * keel-runtime}; only the generated code does.
 */
final class RuntimeNames {

  static final ClassName MIGRATION = ClassName.get("dev.keel.runtime", "Migration");
  static final ClassName MIGRATION_CONTEXT = ClassName.get("dev.keel.runtime", "MigrationContext");
  static final ClassName KEEL_MIGRATION = ClassName.get("dev.keel.runtime", "KeelMigration");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");

  /** The processor's name in {@code @Generated}. */
  static final String PROCESSOR = "dev.keel.processor.KeelProcessor";

  private RuntimeNames() {}
}
