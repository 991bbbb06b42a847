package dev.keel.runtime;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Counts the connections handed out and the statements executed on them. */
final class CountingDataSource implements DataSource {

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

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    connections.incrementAndGet();
    return wrap(target.getConnection(user, password), Connection.class);
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

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
