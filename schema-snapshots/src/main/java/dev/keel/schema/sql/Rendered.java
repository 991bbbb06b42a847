package dev.keel.schema.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statements {@link PostgresDdl#render(java.util.List, RenderOptions)} writes, in the order
 * they must run, each marked whether it runs outside the migration's transaction.
 *
 * @param statements the statements
 */
public record Rendered(List<Statement> statements) {

  /** Copies the statements. */
  public Rendered {
    statements = List.copyOf(statements);
  }

  /**
   * One statement, without a trailing {@code ;}.
   *
   * @param sql the statement
   * @param concurrent whether it runs on its own, in autocommit mode, outside any transaction:
   *     either because PostgreSQL refuses to run it in one ({@code create index concurrently},
   *     {@code drop index concurrently}), or because it scans the table under a weak lock that
   *     writers pass ({@code validate constraint}), which a transaction would otherwise combine
   *     with the strong locks its earlier statements took and keep until commit
   */
  public record Statement(String sql, boolean concurrent) {

    /** Checks that there is a statement. */
    public Statement {
      Objects.requireNonNull(sql, "sql");
    }
  }

  /**
   * Consecutive statements of the same kind: a transaction, or statements that each run alone.
   *
   * @param concurrent whether these statements run outside a transaction, each on its own
   * @param statements the statements, in order
   */
  public record Group(boolean concurrent, List<String> statements) {

    /** Copies the statements. */
    public Group {
      statements = List.copyOf(statements);
    }
  }

  /** Every statement's text, in order. */
  public List<String> sql() {
    return statements.stream().map(Statement::sql).toList();
  }

  /**
   * The statements cut into groups where {@link Statement#concurrent()} changes, in order: each
   * transactional group runs in one transaction (the processor wraps it in {@code begin} … {@code
   * commit} inside a single non-transactional migration), each statement of a concurrent group on
   * its own outside any; running the groups one after the other runs every statement in order.
   */
  public List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean concurrent = false;
    for (Statement s : statements) {
      if (!current.isEmpty() && s.concurrent() != concurrent) {
        groups.add(new Group(concurrent, current));
        current = new ArrayList<>();
      }
      concurrent = s.concurrent();
      current.add(s.sql());
    }
    if (!current.isEmpty()) {
      groups.add(new Group(concurrent, current));
    }
    return List.copyOf(groups);
  }

  /** Whether any statement must run outside a transaction. */
  public boolean hasConcurrent() {
    return statements.stream().anyMatch(Statement::concurrent);
  }
}
