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

/** Keel's reserved-word list covers every word the server under test reserves. */
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
}
