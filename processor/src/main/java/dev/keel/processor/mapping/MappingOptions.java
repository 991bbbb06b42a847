package dev.keel.processor.mapping;

/**
 * What the mapping needs to know about the application's Hibernate configuration.
 *
 * @param naming the naming strategy
 * @param quoting which names are quoted
 * @param beanValidation whether Hibernate Validator is on the application's class path, so that
 *     Hibernate turns Bean Validation constraints into DDL
 */
public record MappingOptions(NamingStrategy naming, Quoting quoting, boolean beanValidation) {

  /** Keel's defaults: Spring Boot's naming, no quoting, Bean Validation present. */
  public static MappingOptions defaults() {
    return new MappingOptions(NamingStrategy.SNAKE_CASE, Quoting.NONE, true);
  }
}
