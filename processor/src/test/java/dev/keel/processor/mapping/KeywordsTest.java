package dev.keel.processor.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keel.schema.testing.TestDatabase;
import dev.keel.schema.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keel's word lists against the real thing: PostgreSQL's reserved words on the test server, and the
 * words Hibernate itself quotes under {@code auto_quote_keyword} on that server.
 */
class KeywordsTest {

  @Test
  void list_coversTheServersReservedWords() throws Exception {
    Set<String> missing = new TreeSet<>();
    try (TestDatabase db = TestPostgres.createDatabase("keywords");
        Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("select word from pg_get_keywords() where catcode in ('R', 'T')")) {
      while (rs.next()) {
        if (!Keywords.isReserved(rs.getString(1))) {
          missing.add(rs.getString(1));
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void hibernateKeywords_equalWhatHibernateQuotes() throws Exception {
    Set<String> candidates = new TreeSet<>(HibernateKeywords.words());
    try (TestDatabase db = TestPostgres.createDatabase("hibernate_keywords")) {
      try (Connection c = db.connect();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select word from pg_get_keywords()")) {
        while (rs.next()) {
          candidates.add(rs.getString(1));
        }
      }
      for (String w : new org.hibernate.engine.jdbc.env.spi.AnsiSqlKeywords().sql2003()) {
        candidates.add(w.toLowerCase(java.util.Locale.ROOT));
      }
      var settings =
          new org.hibernate.boot.registry.StandardServiceRegistryBuilder()
              .applySetting("hibernate.connection.url", db.url())
              .applySetting("hibernate.auto_quote_keyword", "true");
      if (db.user() != null) {
        settings.applySetting("hibernate.connection.username", db.user());
      }
      var registry = settings.build();
      try {
        var helper =
            registry
                .getService(org.hibernate.engine.jdbc.env.spi.JdbcEnvironment.class)
                .getIdentifierHelper();
        Set<String> quotedByHibernate = new TreeSet<>();
        for (String w : candidates) {
          if (helper.isReservedWord(w)) {
            quotedByHibernate.add(w);
          }
        }
        assertEquals(quotedByHibernate, new TreeSet<>(HibernateKeywords.words()));
      } finally {
        org.hibernate.boot.registry.StandardServiceRegistryBuilder.destroy(registry);
      }
    }
  }
}
