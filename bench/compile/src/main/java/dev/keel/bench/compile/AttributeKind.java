package dev.keel.bench.compile;

import java.util.List;

/**
 * The basic attribute types every generated entity has one of each, with the names an attribute of
 * that type may take. Names are single words where an index refers to them, so that the written
 * column list means the same under every naming strategy; none is a PostgreSQL reserved word.
 */
enum AttributeKind {
  STRING_WITH_LENGTH("String", "", "name", "title", "label", "headline", "nickname"),
  STRING("String", "", "description", "notes", "summary", "remarks", "details"),
  INT("int", "", "quantity", "priority", "score", "attempts", "capacity"),
  INTEGER("Integer", "", "rating", "sortKey", "retryCount", "stock", "seats"),
  LONG("long", "", "views", "totalBytes", "sequenceNo", "hits", "visits"),
  BIG_DECIMAL("BigDecimal", "java.math.BigDecimal", "amount", "price", "balance", "total"),
  BOOLEAN("boolean", "", "active", "archived", "verified", "enabled", "published"),
  LOCAL_DATE_TIME(
      "LocalDateTime", "java.time.LocalDateTime", "createdAt", "scheduledAt", "startsAt", "dueAt"),
  INSTANT("Instant", "java.time.Instant", "updatedAt", "seenAt", "expiresAt", "lastLogin"),
  UUID("UUID", "java.util.UUID", "externalId", "publicId", "trackingId", "token"),
  ENUM("", "", "status", "state", "level", "category", "stage");

  private final String javaType;
  private final String javaImport;
  private final List<String> names;

  AttributeKind(String javaType, String javaImport, String... names) {
    this.javaType = javaType;
    this.javaImport = javaImport;
    this.names = List.of(names);
  }

  /** The Java type, or empty for {@link #ENUM}, whose type the planner picks. */
  String javaType() {
    return javaType;
  }

  /** The import the type needs, or empty. */
  String javaImport() {
    return javaImport;
  }

  /** The attribute names this kind draws from. */
  List<String> names() {
    return names;
  }
}
