package dev.keel.processor.testing;

import dev.keel.schema.testing.TestDatabase;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate ORM 7 as the correctness oracle: boots a SessionFactory on the given entity classes
 * against a test database with {@code hbm2ddl.auto=validate} (does the schema Keel built pass?) or
 * {@code create} (what would Hibernate itself build?).
 */
public final class HibernateOracle {

  /** Naming as the application configures it. */
  public enum Naming {
    /** Spring Boot's defaults: snake-case physical names and Spring's join-table rule. */
    SNAKE_CASE,
    /** Hibernate's defaults. */
    JPA
  }

  private HibernateOracle() {}

  /** Boots with {@code validate}; throws Hibernate's exception when the schema does not pass. */
  public static void validate(
      TestDatabase db, List<Class<?>> entities, Naming naming, String... settings) {
    boot(db, entities, naming, "validate", settings);
  }

  /** Lets Hibernate create its own schema for these entities in {@code db}. */
  public static void create(
      TestDatabase db, List<Class<?>> entities, Naming naming, String... settings) {
    boot(db, entities, naming, "create", settings);
  }

  /**
   * Boots a SessionFactory.
   *
   * @param settings further Hibernate settings as {@code key=value}, e.g. {@code
   *     hibernate.auto_quote_keyword=true}
   */
  private static void boot(
      TestDatabase db, List<Class<?>> entities, Naming naming, String action, String... settings) {
    ClassLoader loader = entities.get(0).getClassLoader();
    BootstrapServiceRegistry bootstrap =
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    StandardServiceRegistryBuilder builder =
        new StandardServiceRegistryBuilder(bootstrap)
            .applySetting("hibernate.connection.url", db.url())
            .applySetting("hibernate.hbm2ddl.auto", action)
            .applySetting("hibernate.connection.pool_size", "2")
            .applySetting("hibernate.show_sql", "false");
    if (db.user() != null) {
      builder.applySetting("hibernate.connection.username", db.user());
    }
    if (db.password() != null) {
      builder.applySetting("hibernate.connection.password", db.password());
    }
    if (naming == Naming.SNAKE_CASE) {
      builder.applySetting(
          "hibernate.physical_naming_strategy",
          "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
      builder.applySetting("hibernate.implicit_naming_strategy", new SpringImplicitNaming());
    }
    for (String s : settings) {
      int eq = s.indexOf('=');
      builder.applySetting(s.substring(0, eq), s.substring(eq + 1));
    }
    StandardServiceRegistry registry = builder.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      try (SessionFactory factory = metadata.buildSessionFactory()) {
        factory.getMetamodel();
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
