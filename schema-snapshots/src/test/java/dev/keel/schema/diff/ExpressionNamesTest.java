package dev.keel.schema.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Column renames inside check expressions. */
class ExpressionNamesTest {

  static String rename(String expression) {
    return ExpressionNames.rename(expression, Map.of("mail", "email", "Total", "\"Sum\""));
  }

  @Test
  void rename_columnsOnly_notLiteralsFunctionsTypesOrQualifiedNames() {
    assertEquals("(email like '%@%')", rename("(mail like '%@%')"));
    assertEquals("email <> 'mail'", rename("MAIL <> 'mail'"));
    assertEquals("lower(email) = email", rename("lower(mail) = Mail"));
    assertEquals("mail(x) and t.mail and mail .x", rename("mail(x) and t.mail and mail .x"));
    assertEquals("email::text <> ''", rename("mail::text <> ''"));
    assertEquals("x::mail", rename("x::mail"));
    assertEquals("\"Sum\" >= 0 and \"total\" > 1", rename("\"Total\" >= 0 and \"total\" > 1"));
    assertEquals("total1 + 2mail", rename("total1 + 2mail"));
    assertEquals("'it''s mail' || email", rename("'it''s mail' || mail"));
  }

  @Test
  void rename_nothingToRename_returnsTheSameText() {
    assertEquals("a < b", ExpressionNames.rename("a < b", Map.of()));
  }
}
