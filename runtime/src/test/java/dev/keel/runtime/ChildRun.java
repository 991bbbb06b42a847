package dev.keel.runtime;

import dev.keel.runtime.internal.UrlDataSource;
import java.time.Duration;

/**
 * A separate JVM's {@code main} for the multi-process tests: runs one scenario's migrations and
 * prints the versions it applied.
 *
 * <p>Arguments: JDBC URL, user (or "-"), scenario, lock timeout in seconds.
 */
public final class ChildRun {

  private ChildRun() {}

  public static void main(String[] args) {
    String user = args[1].equals("-") ? null : args[1];
    MigrationResult result =
        Migrator.builder(new UrlDataSource(args[0], user, null))
            .indexResource(Fixtures.index(args[2]))
            .lockTimeout(Duration.ofSeconds(Long.parseLong(args[3])))
            .build()
            .run();
    StringBuilder applied = new StringBuilder("applied:");
    for (MigrationResult.Step step : result.steps()) {
      applied.append(' ').append(step.version());
    }
    System.out.println(applied);
  }
}
