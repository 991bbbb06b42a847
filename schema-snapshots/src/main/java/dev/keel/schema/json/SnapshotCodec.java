package dev.keel.schema.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.keel.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads and writes the committed snapshot of a {@link Schema} as canonical JSON.
 *
 * <p>The format (version {@value #FORMAT_VERSION}): UTF-8, {@code \n} line ends, two-space indent,
 * one object member per line, arrays of strings on one line, a trailing newline, no BOM. Members
 * come in a fixed order, {@code formatVersion} first:
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "namespaces": ["app"],
 *   "sequences": [
 *     {
 *       "name": "users_seq",
 *       "start": 1,
 *       "increment": 50
 *     }
 *   ],
 *   "tables": [
 *     {
 *       "schema": "app",
 *       "name": "users",
 *       "columns": [
 *         {
 *           "name": "id",
 *           "type": "bigint",
 *           "nullable": false
 *         },
 *         {
 *           "name": "email",
 *           "type": "varchar(255)"
 *         }
 *       ],
 *       "primaryKey": {
 *         "name": "users_pkey",
 *         "columns": ["id"]
 *       },
 *       "uniqueConstraints": [...], "indexes": [...], "foreignKeys": [...], "checks": [...]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Member order: schema {@code formatVersion, namespaces, sequences, tables}; sequence {@code
 * schema, name, start, increment}; table {@code schema, name, columns, primaryKey,
 * uniqueConstraints, indexes, foreignKeys, checks}; column {@code name, type, nullable,
 * defaultValue, identity, customType}; primary key, unique constraint and index {@code name,
 * columns}; foreign key {@code name, columns, referencedSchema, referencedTable,
 * referencedColumns}; check {@code name, column, expression}. Lists keep the model's canonical
 * order (columns in {@link dev.keel.schema.Table#columnOrder()}, everything else by name).
 *
 * <p>Defaults are omitted, never written as {@code null}: {@code schema}/{@code referencedSchema}
 * when empty (the default schema); {@code namespaces}, {@code sequences}, {@code tables}, {@code
 * uniqueConstraints}, {@code indexes}, {@code foreignKeys}, {@code checks} when empty; {@code
 * primaryKey} when there is none; {@code nullable} when true (so only {@code "nullable": false}
 * appears); {@code defaultValue} when there is none; {@code identity} and {@code customType} when
 * false; a check's {@code column} when it is a table-level check. Everything else is always
 * written, including a table's {@code columns} and every element's {@code columns}. The reader
 * accepts an omitted member and an explicit default (or {@code null}) alike, rejects unknown
 * members, and {@code write(read(bytes))} equals {@code bytes} for every file {@code write} made.
 */
public final class SnapshotCodec {

  /** The format version this class writes, and the only one it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final String RESTORE =
      "Restore the snapshot from version control (Keel writes it; a hand edit or a bad merge is"
          + " the likely cause), or correct it to the format Keel writes.";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private SnapshotCodec() {}

  /** The canonical snapshot bytes of {@code schema}. */
  public static byte[] write(Schema schema) {
    return CanonicalJson.write(SnapshotTree.of(schema)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The first 16 lower-case hex digits of the SHA-256 of {@link #write(Schema)}: the snapshot's
   * identity, which migrations record as the state they start from and end at.
   */
  public static String hash(Schema schema) {
    return hashOfBytes(write(schema));
  }

  /**
   * The hash of a snapshot file's bytes: equal to {@link #hash(Schema)} of what it holds when the
   * file is canonical (as Keel writes it), so a reader that has the bytes at hand need not write
   * the schema again to hash it; for any other bytes, only a different hash.
   */
  public static String hashOfBytes(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Reads a snapshot.
   *
   * @throws SnapshotFormatException if the bytes hold merge-conflict markers, are not JSON, have a
   *     missing or unknown {@code formatVersion}, or do not describe a valid schema
   */
  public static Schema read(byte[] bytes) throws SnapshotFormatException {
    int marker = SourceLines.firstConflictMarker(bytes);
    if (marker > 0) {
      throw new SnapshotFormatException(
          SnapshotFormatException.Kind.MERGE_CONFLICT,
          marker,
          "The snapshot has a git merge-conflict marker at line " + marker + ".",
          "Finish the merge: take one side's snapshot whole (for example 'git checkout --ours"
              + " <file>'), resolve any conflicting migrations, and compile again so Keel checks"
              + " the migration chain and rewrites the snapshot.",
          null);
    }
    JsonNode root = parse(bytes);
    checkFormatVersion(bytes, root);
    try {
      return SnapshotParser.schema(root);
    } catch (ContentError e) {
      int line = SourceLines.lineOf(bytes, e.at());
      throw new SnapshotFormatException(
          SnapshotFormatException.Kind.INVALID_CONTENT,
          line,
          sentence("The snapshot is not a valid schema" + atLine(line) + ": " + e.getMessage()),
          RESTORE,
          e);
    }
  }

  private static JsonNode parse(byte[] bytes) throws SnapshotFormatException {
    try {
      JsonNode root = MAPPER.readTree(bytes);
      if (root == null || root.isMissingNode()) {
        throw notJson(0, "The snapshot is empty.", null);
      }
      if (!root.isObject()) {
        throw notJson(1, "The snapshot is JSON but not a JSON object.", null);
      }
      return root;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String reason = e.getOriginalMessage().lines().findFirst().orElse("").strip();
      throw notJson(line, "The snapshot is not valid JSON" + atLine(line) + ": " + reason, e);
    } catch (IOException e) {
      throw notJson(0, "The snapshot cannot be read as JSON: " + e.getMessage(), e);
    }
  }

  private static SnapshotFormatException notJson(int line, String problem, Throwable cause) {
    return new SnapshotFormatException(
        SnapshotFormatException.Kind.NOT_JSON, line, sentence(problem), RESTORE, cause);
  }

  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static void checkFormatVersion(byte[] bytes, JsonNode root)
      throws SnapshotFormatException {
    JsonNode version = root.get("formatVersion");
    // canConvertToInt first: intValue() and asLong() keep only the low bits of a larger number.
    if (version != null
        && version.isIntegralNumber()
        && version.canConvertToInt()
        && version.intValue() == FORMAT_VERSION) {
      return;
    }
    if (version == null) {
      throw new SnapshotFormatException(
          SnapshotFormatException.Kind.UNKNOWN_FORMAT_VERSION,
          1,
          "The snapshot has no 'formatVersion', so it was not written by Keel.",
          "Restore the snapshot from version control, or delete it if it is not Keel's.",
          null);
    }
    int line = SourceLines.lineOf(bytes, JsonPointer.compile("/formatVersion"));
    throw new SnapshotFormatException(
        SnapshotFormatException.Kind.UNKNOWN_FORMAT_VERSION,
        line,
        "The snapshot has format version "
            + version
            + atLine(line)
            + ", but this version of Keel reads only format version "
            + FORMAT_VERSION
            + ".",
        "Use the Keel version that wrote the snapshot (or a newer one) for keel-processor.",
        null);
  }

  private static String atLine(int line) {
    return line > 0 ? " at line " + line : "";
  }
}
