package dev.keel.processor.emit;

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
    return packageName.isEmpty() ? simpleName() : packageName + "." + simpleName();
  }
}
