package dev.keel.processor.emit;

/**
 * A migration found in the migrations folder, generated or hand-written.
 *
 * @param version its version, from the file name
 * @param name its name, from the file name
 * @param className its binary class name
 * @param fileName the file name, for messages ({@code V0002__AddProfilePictureToUsers.java})
 * @param startsFrom the snapshot hash it starts from, or empty (hand-written)
 * @param endsAt the snapshot hash it ends at, or empty (hand-written)
 * @param checksum the checksum of its source as it is now
 */
public record MigrationSource(
    long version,
    String name,
    String className,
    String fileName,
    String startsFrom,
    String endsAt,
    String checksum) {

  /** Whether the migration records a schema change (generated migrations do). */
  public boolean changesSchema() {
    return !startsFrom.isEmpty() && !endsAt.isEmpty() && !startsFrom.equals(endsAt);
  }
}
