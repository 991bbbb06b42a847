package dev.keel.schema.testing;

/**
 * Starts PostgreSQL in a container where a Docker engine is available. Kept apart so that a module
 * whose tests never reach this point needs no Testcontainers on its class path.
 */
final class ContainerPostgres {

  private ContainerPostgres() {}

  /** A server in a fresh container, or null when there is no Docker or no Testcontainers. */
  static TestPostgres.Server startIfDockerAvailable() {
    try {
      if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
        return null;
      }
      var container = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15-alpine");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      return new TestPostgres.Server(
          container.getJdbcUrl(), container.getUsername(), container.getPassword());
    } catch (NoClassDefFoundError | RuntimeException e) {
      return null;
    }
  }
}
