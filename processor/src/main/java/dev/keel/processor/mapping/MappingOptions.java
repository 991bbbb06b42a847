package dev.keel.processor.mapping;

/**
 * What the mapping needs to know about the application's Hibernate configuration.
 *
 * @param naming the naming strategy
 * @param quoting which names are quoted
 */
public record MappingOptions(NamingStrategy naming, Quoting quoting) {

  /** Keel's defaults: Spring Boot's snake-case naming, Hibernate's default (no) quoting. */
  public static MappingOptions defaults() {
    return new MappingOptions(NamingStrategy.SNAKE_CASE, Quoting.NONE);
  }
}
