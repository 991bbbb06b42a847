package dev.keel.processor.emit;

import dev.keel.schema.sql.Rendered;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration to generate.
 *
 * @param packageName the package of the migrations folder
 * @param version its version
 * @param name its name in UpperCamelCase
 * @param startsFrom the hash of the snapshot it starts from
 * @param endsAt the hash of the snapshot it ends at
 * @param up the statements that apply it
 * @param down the statements that undo it
 * @param transactional whether it runs in one transaction
 */
public record NewMigration(
    String packageName,
    long version,
    String name,
    String startsFrom,
    String endsAt,
    List<String> up,
    List<String> down,
    boolean transactional) {

  public NewMigration {
    up = List.copyOf(up);
    down = List.copyOf(down);
  }

  /** The class's simple name, {@code V0002__AddProfilePictureToUsers}. */
  public String simpleName() {
    return String.format(java.util.Locale.ROOT, "V%04d__%s", version, name);
  }

  /** The class's qualified name. */
  public String qualifiedName() {
    return packageName + "." + simpleName();
  }

  /**
   * The name of its file in the migrations folder, {@code V0002__AddProfilePictureToUsers.java}.
   */
  public String fileName() {
    return simpleName() + ".java";
  }

  /**
   * The migration that runs {@code up} and {@code down}. If either holds a statement that must run
   * outside a transaction, the migration is not transactional (it runs in autocommit mode), and its
   * other statements are grouped into explicit {@code begin} ... {@code commit} blocks, so they
   * still apply together or not at all.
   */
  public static NewMigration of(
      String packageName,
      long version,
      String name,
      String startsFrom,
      String endsAt,
      Rendered up,
      Rendered down) {
    boolean transactional = !up.hasConcurrent() && !down.hasConcurrent();
    return new NewMigration(
        packageName,
        version,
        name,
        startsFrom,
        endsAt,
        statements(up, transactional),
        statements(down, transactional),
        transactional);
  }

  private static List<String> statements(Rendered r, boolean transactional) {
    if (transactional) {
      return r.sql();
    }
    List<String> result = new ArrayList<>();
    for (Rendered.Group g : r.groups()) {
      if (!g.concurrent()) {
        result.add("begin");
      }
      result.addAll(g.statements());
      if (!g.concurrent()) {
        result.add("commit");
      }
    }
    return result;
  }

  /**
   * This migration as the migrations folder lists it once its generated source, whose checksum is
   * {@code checksum}, is written: what {@link MigrationSources#read} would read back, without
   * reading or parsing the source again.
   */
  public MigrationSource described(String checksum) {
    return new MigrationSource(
        version, name, qualifiedName(), fileName(), startsFrom, endsAt, checksum);
  }
}
