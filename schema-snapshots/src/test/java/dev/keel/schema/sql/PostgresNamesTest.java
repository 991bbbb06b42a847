package dev.keel.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vectors for PostgreSQL's names of unnamed objects; the database test checks the same rules. */
class PostgresNamesTest {

  static String repeat(String s, int n) {
    return s.repeat(n);
  }

  @Test
  void primaryKey_takesCanonicalNamesAsTheyAre() {
    assertEquals("users_pkey", PostgresNames.primaryKey("users"));
    assertEquals("User_pkey", PostgresNames.primaryKey("User"));
  }

  @Test
  void unique_joinsColumns() {
    assertEquals("book_cover_id_key", PostgresNames.unique("book", List.of("cover_id")));
    assertEquals(
        "constrained_cola_colb_key", PostgresNames.unique("constrained", List.of("cola", "colb")));
    assertEquals(
        "customer_previousaddresses_customer_id_city_street_zip_code_key",
        PostgresNames.unique(
            "customer_previousaddresses", List.of("customer_id", "city", "street", "zip_code")));
  }

  @Test
  void check_withAndWithoutColumn() {
    assertEquals("vehicle_dtype_check", PostgresNames.check("vehicle", "dtype"));
    assertEquals("vehicle_check", PostgresNames.check("vehicle", null));
  }

  @Test
  void identitySequence() {
    assertEquals("invoice_id_seq", PostgresNames.identitySequence("invoice", "id"));
  }

  @Test
  void longNames_longerPartShortenedFirst_equalPartsEvenly() {
    String t40 = repeat("t", 40);
    String c40 = repeat("c", 40);
    // 63 - "_key" - "_" leaves 58 bytes: two 40-byte names end at 29 each.
    assertEquals(
        repeat("t", 29) + "_" + repeat("c", 29) + "_key", PostgresNames.unique(t40, List.of(c40)));
    // 63 - "_check" - "_" leaves 56: a 10-byte name is kept, the other gets 46.
    assertEquals(
        repeat("t", 46) + "_" + repeat("c", 10) + "_check",
        PostgresNames.check(t40 + "tttttttt", repeat("c", 10)));
    // "_seq" leaves 58; 57 and 58 bytes: at a tie name2 gives way, so 29 and 29.
    assertEquals(
        repeat("t", 29) + "_" + repeat("c", 29) + "_seq",
        PostgresNames.identitySequence(repeat("t", 57), repeat("c", 58)));
    // an odd budget: 57 for "_check" with two long names leaves name1 one byte longer.
    assertEquals(
        repeat("t", 28) + "_" + repeat("c", 28) + "_check",
        PostgresNames.check(repeat("t", 50), repeat("c", 50)));
  }

  @Test
  void longNames_identifiersFirstCutTo63Bytes() {
    assertEquals(repeat("x", 58) + "_pkey", PostgresNames.primaryKey(repeat("x", 70)));
  }

  @Test
  void longNames_manyColumns_joinedThenCut() {
    List<String> columns =
        List.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda");
    String name = PostgresNames.unique("t", columns);
    // 58 bytes for "t" and the columns: the cut falls right after "kappa_".
    assertEquals("t_alpha_beta_gamma_delta_epsilon_zeta_eta_theta_iota_kappa__key", name);
    assertEquals(63, name.length());
  }

  @Test
  void multibyteNames_cutAtCharacterBoundaries() {
    String name = PostgresNames.check(repeat("ä", 40), null);
    // the table name is first cut to 63 bytes (31 characters), then to 57 - 1 = 56 bytes.
    assertEquals(repeat("ä", 28) + "_check", name);
    assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63);
  }
}
