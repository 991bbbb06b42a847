package dev.keel.runtime;

import dev.keel.schema.testing.TestDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Counts the connections handed out and the statements executed on them. */
final class CountingDataSource extends TestDataSource {

  private final DataSource target;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger statements = new AtomicInteger();

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  int connections() {
    return connections.get();
  }

  int statements() {
    return statements.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    connections.incrementAndGet();
    return wrap(target.getConnection(), Connection.class);
  }

  private <T> T wrap(T real, Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              String name = method.getName();
              if (real instanceof Statement && name.startsWith("execute")) {
                statements.incrementAndGet();
              }
              try {
                Object result = method.invoke(real, args);
                if (result instanceof java.sql.PreparedStatement) {
                  return wrap(
                      (java.sql.PreparedStatement) result, java.sql.PreparedStatement.class);
                }
                if (result instanceof Statement) {
                  return wrap((Statement) result, Statement.class);
                }
                return result;
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
