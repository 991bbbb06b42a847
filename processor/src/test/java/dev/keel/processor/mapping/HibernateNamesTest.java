package dev.keel.processor.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The test vectors of hibernate-postgresql-ddl.md §4.4, all observed in Hibernate's output. */
class HibernateNamesTest {

  @Test
  void foreignKeys() {
    assertEquals(
        "FK5gbo4o7yxefxivwuqjichc67t",
        HibernateNames.foreignKey("Book", "Author", List.of("author_id")));
    assertEquals(
        "FKk0tyxvyhi1rsytjji2f8xmim5",
        HibernateNames.foreignKey(
            "EnrollmentNote",
            "Enrollment",
            List.of("enrollment_studentId", "enrollment_courseId")));
    assertEquals(
        "FKm8r6gc84rjo6eiw8ewy32y5wb",
        HibernateNames.foreignKey(
            "OrderLineNote", "OrderLine", List.of("line_lineNo", "line_purchaseOrder_id")));
    assertEquals(
        "FKl1w2jmv2ol1cg6o0nubuiw7is",
        HibernateNames.foreignKey("customer_phones", "Customer", List.of("owner_id")));
    assertEquals(
        "FKklnrv3weler2ftkweewlky958",
        HibernateNames.foreignKey("book", "author", List.of("author_id")));
  }

  @Test
  void quotedNames_useBackTicks() {
    assertEquals(
        "FKtnbwgqki3yvr7ncqq14x6tiih",
        HibernateNames.foreignKey("\"Order\"", "\"User\"", List.of("\"user_id\"")));
  }

  @Test
  void indexesAndUniqueKeys() {
    assertEquals(
        "IDXtfcnefw226wrpa06oy4xlvuc5", HibernateNames.index("constrained", List.of("colA")));
    assertEquals(
        "IDX97skere4fgbakp6fw9jpf7s6f",
        HibernateNames.index("constrained", List.of("colB", "colC")));
    assertEquals(
        "IDXauqubn91wcwb24nu42semj0lf",
        HibernateNames.index("constrained_no_schema", List.of("colA")));
    assertEquals(
        "UKr8ys90tpo6rcxk3kr9iku7ehl",
        HibernateNames.uniqueKey("constrained", List.of("colA", "colB")));
  }
}
