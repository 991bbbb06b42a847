package dev.keel.bench.migrate;

import dev.keel.runtime.internal.UrlDataSource;
import java.nio.file.Path;

/**
 * A whole application start for the JVM measurement: one contender's no-op run, then exit.
 *
 * <p>Arguments: contender, JDBC URL, user (or "-"), password (or "-"), Flyway location.
 */
public final class NoopMain {

  private NoopMain() {}

  public static void main(String[] args) throws Exception {
    Contender contender = Contender.valueOf(args[0]);
    UrlDataSource ds =
        new UrlDataSource(
            args[1], args[2].equals("-") ? null : args[2], args[3].equals("-") ? null : args[3]);
    contender.noop(ds, null, Path.of(args[4]));
  }
}
