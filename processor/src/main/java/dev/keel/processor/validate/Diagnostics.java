package dev.keel.processor.validate;

import java.text.MessageFormat;
import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message Keel's processor can print, each with a stable key that appears in the text as
 * {@code [keel/Key]}. Keys never change once released; tests assert messages through this catalog.
 *
 * <p>Wording: one sentence saying what is wrong, names in single quotes; one sentence saying how to
 * fix it, with the annotation to write already filled in where one fixes it.
 */
public enum Diagnostics {
  InternalError(
      Diagnostic.Kind.ERROR,
      "Keel failed unexpectedly while processing this module: {0}. Please report this at the Keel"
          + " issue tracker with the stack trace below.\n{1}"),
  InvalidOption(
      Diagnostic.Kind.ERROR,
      "Processor option ''{0}'' has the value ''{1}'', which is not valid. Use {2}."),
  MissingId(
      Diagnostic.Kind.ERROR,
      "Entity ''{0}'' has no identifier. Annotate the field (or getter) that identifies a row with"
          + " @Id, or an embedded key with @EmbeddedId."),
  UnmappableType(
      Diagnostic.Kind.ERROR,
      "Attribute ''{0}'' has type ''{1}'', which Keel cannot map to a PostgreSQL column. Mark it"
          + " @Transient, give it an AttributeConverter with @Convert, or change its type to one"
          + " Hibernate maps (String, numbers, java.time types, UUID, byte[], enums, ...)."),
  DuplicateTable(
      Diagnostic.Kind.ERROR,
      "Entities ''{0}'' and ''{1}'' both map to table ''{2}''. Give one of them its own table with"
          + " @Table(name = \"...\")."),
  DuplicateColumn(
      Diagnostic.Kind.ERROR,
      "Attributes ''{0}'' and ''{1}'' both map to column ''{2}'' of table ''{3}''. Give one of"
          + " them its own column with @Column(name = \"...\"), or make one read-only with"
          + " @Column(insertable = false, updatable = false)."),
  InvalidLength(
      Diagnostic.Kind.ERROR,
      "@Column(length = {0}) on ''{1}'' is not a valid length: it must be at least 1. Write a"
          + " positive length, or leave length out for varchar(255)."),
  InvalidPrecision(
      Diagnostic.Kind.ERROR,
      "@Column(precision = {0}, scale = {1}) on ''{2}'' is not valid: PostgreSQL needs 1 <="
          + " precision <= 1000 and 0 <= scale <= precision. Fix the values, or leave them out for"
          + " numeric(38,2)."),
  ReservedWord(
      Diagnostic.Kind.ERROR,
      "{0} maps to the name ''{1}'', a reserved word in PostgreSQL; Hibernate sends it unquoted"
          + " and PostgreSQL rejects the statement. Rename it, e.g. {2}, or quote it, e.g. {3} (or"
          + " quote all keywords with -Akeel.quoting=keywords, matching Hibernate''s"
          + " hibernate.auto_quote_keyword=true)."),
  UnknownConstraintColumn(
      Diagnostic.Kind.ERROR,
      "{0} on entity ''{1}'' names column ''{2}'', which the entity does not map. Use one of its"
          + " columns: {3}."),
  UnknownGenerator(
      Diagnostic.Kind.ERROR,
      "@GeneratedValue(generator = \"{0}\") on ''{1}'' names no @SequenceGenerator. Declare"
          + " @SequenceGenerator(name = \"{0}\", sequenceName = \"...\") on the entity or the"
          + " field, or remove the generator name."),
  SnapshotNotJson(
      Diagnostic.Kind.ERROR,
      "The schema snapshot ''{0}'' is not valid JSON: {1} Restore it from version control (git"
          + " checkout -- {0}), or delete it to start a new migration history."),
  SnapshotMergeConflict(
      Diagnostic.Kind.ERROR,
      "The schema snapshot ''{0}'' contains a merge-conflict marker at line {1}. Take one side"
          + " (for example the main branch''s: git checkout --theirs -- {0}), delete the"
          + " migrations your branch generated on top of the other side, and rebuild: Keel"
          + " generates them again."),
  SnapshotUnknownVersion(
      Diagnostic.Kind.ERROR,
      "The schema snapshot ''{0}'' cannot be read by this version of Keel: {1} Build with the"
          + " Keel version that wrote it, or a newer one."),
  SnapshotInvalid(
      Diagnostic.Kind.ERROR,
      "The schema snapshot ''{0}'' is not a valid Keel snapshot: {1} Restore it from version"
          + " control, or delete it to start a new migration history."),
  SnapshotUnreadable(
      Diagnostic.Kind.ERROR,
      "Keel cannot read the schema snapshot ''{0}'': {1}. Check the file''s permissions, or"
          + " point -Akeel.snapshot at another path."),
  MigrationsNotWritable(
      Diagnostic.Kind.ERROR,
      "Keel cannot write the migration ''{0}'': {1}. Make the migrations folder writable, or"
          + " point -Akeel.migrations.dir at a writable source folder."),
  SnapshotNotWritable(
      Diagnostic.Kind.ERROR,
      "Keel cannot write the schema snapshot ''{0}'': {1}. Make it writable, or point"
          + " -Akeel.snapshot at a writable path."),
  MigrationUnreadable(
      Diagnostic.Kind.ERROR,
      "The migration ''{0}'' cannot be read: {1}. A migration file is named"
          + " V<version>__<Name>.java and its class carries @KeelMigration(version = <version>,"
          + " name = \"<Name>\"); fix the file, or move it out of the migrations folder."),
  GeneratedMigrationWithoutHashes(
      Diagnostic.Kind.ERROR,
      "The migration ''{0}'' was generated by Keel (@Generated(\"dev.keel.processor.KeelProcessor\")),"
          + " but its @KeelMigration(startsFrom, endsAt) was removed, so its place in the chain of"
          + " snapshots is unknown. Restore the annotation from version control (the rest of the"
          + " file may stay as edited)."),
  DuplicateMigrationVersion(
      Diagnostic.Kind.ERROR,
      "Migrations ''{0}'' and ''{1}'' have the same version {2}. Renumber one of them (rename"
          + " the file and its class, and update @KeelMigration(version))."),
  MappedByUnknown(
      Diagnostic.Kind.ERROR,
      "@{0}(mappedBy = \"{1}\") on ''{2}'' names no attribute of ''{3}''. Name the attribute of"
          + " ''{3}'' that owns the relationship: {4}."),
  RelationTargetNotEntity(
      Diagnostic.Kind.ERROR,
      "Attribute ''{0}'' is a @{1} to ''{2}'', which is not an @Entity. Annotate ''{2}'' with"
          + " @Entity, or map the attribute as @Embedded, @ElementCollection or @Transient."),
  EntityWithoutRelation(
      Diagnostic.Kind.ERROR,
      "Attribute ''{0}'' refers to the entity ''{1}'' without a relationship annotation. Add"
          + " @ManyToOne (or @OneToOne) to store a foreign key, or mark it @Transient."),
  CollectionWithoutMapping(
      Diagnostic.Kind.ERROR,
      "Attribute ''{0}'' is a collection without a mapping annotation. Add @OneToMany or"
          + " @ManyToMany for entities, @ElementCollection for values, or mark it @Transient."),
  UnknownReferencedColumn(
      Diagnostic.Kind.ERROR,
      "@JoinColumn(referencedColumnName = \"{0}\") on ''{1}'' names no column of table"
          + " ''{2}''. Use one of its columns: {3}."),
  UnknownOverride(
      Diagnostic.Kind.ERROR,
      "@{0}(name = \"{1}\") on ''{2}'' names no attribute of ''{3}''. Use one of: {4}."),
  ConflictingOverrides(
      Diagnostic.Kind.ERROR,
      "Two @{0}(name = \"{1}\") apply to ''{2}'' with different columns. Keep one of them."),
  IdClassMissingField(
      Diagnostic.Kind.ERROR,
      "@IdClass({0}) of entity ''{1}'' has no attribute ''{2}'', which the @Id attribute ''{2}''"
          + " needs. Add ''{2}'' (of the type of the @Id, or of the referenced entity''s key for"
          + " a relationship) to {0}."),
  IdClassExtraField(
      Diagnostic.Kind.ERROR,
      "@IdClass({0}) of entity ''{1}'' has the attribute ''{2}'', but the entity has no @Id"
          + " attribute ''{2}''. Annotate the entity''s ''{2}'' with @Id, or remove it from {0}."),
  EmbeddedIdWithoutAttributes(
      Diagnostic.Kind.ERROR,
      "The @EmbeddedId ''{0}'' has type ''{1}'', which has no persistent attributes. Give"
          + " ''{1}'' the fields that make up the key."),
  MapsIdUnknown(
      Diagnostic.Kind.ERROR,
      "@MapsId(\"{0}\") on ''{1}'' names no attribute of the embedded id ''{2}''. Use one of:"
          + " {3}."),
  RenameHintConflict(
      Diagnostic.Kind.ERROR,
      "Two @RenamedFrom hints rename ''{0}'', or rename two names to one. Keep one of them."),
  UnsupportedMapping(Diagnostic.Kind.ERROR, "Keel does not map {0} (on ''{1}''). {2}"),
  SchemaConflict(
      Diagnostic.Kind.ERROR,
      "The schema these entities map to is not valid: {0}. Change the names or annotations"
          + " involved so that each object has a name of its own and every value is allowed."),
  DiscriminatorValueRequired(
      Diagnostic.Kind.ERROR,
      "Entity ''{0}'' needs @DiscriminatorValue: its hierarchy''s @DiscriminatorColumn has"
          + " discriminatorType = {1}, for which Hibernate makes no default value. Write"
          + " @DiscriminatorValue(\"...\") on it."),
  DiscriminatorValueNotInteger(
      Diagnostic.Kind.ERROR,
      "@DiscriminatorValue(\"{0}\") on ''{1}'' is not a whole number, but the hierarchy''s"
          + " @DiscriminatorColumn has discriminatorType = INTEGER. Write a number, e.g."
          + " @DiscriminatorValue(\"1\")."),
  EmbeddableCycle(
      Diagnostic.Kind.ERROR,
      "Embeddable ''{0}'' contains itself through ''{1}'', so it would need endless columns. Mark"
          + " that attribute @Transient, or map it as a relation to an entity."),
  RenameHintBlank(
      Diagnostic.Kind.ERROR,
      "@RenamedFrom on ''{0}'' names no old name. Write the old table or column name, e.g."
          + " @RenamedFrom(\"old_name\"), or remove the hint."),
  ClassOutputNotWritable(
      Diagnostic.Kind.ERROR,
      "Keel cannot write ''{0}'' to the class output: {1}. Make the build''s output folder (such"
          + " as target/classes) writable."),
  ClassOutputUnreadable(
      Diagnostic.Kind.ERROR,
      "Keel cannot read ''{0}'' in the class output: {1}. Delete it and build the whole module"
          + " again (mvn clean compile)."),
  DropTable(
      Diagnostic.Kind.ERROR,
      "The migration would drop table ''{0}'' with its rows: nothing maps it any more. If that is"
          + " intended, write @AllowDrop(tables = \"{0}\") on an entity (or pass"
          + " -Akeel.allowDrop={0}); if its entity was renamed, write @RenamedFrom(\"{0}\") on the"
          + " entity instead."),
  DropColumn(
      Diagnostic.Kind.ERROR,
      "The migration would drop column ''{1}'' of table ''{0}'' with its values: no attribute maps"
          + " it any more. If that is intended, write @AllowDrop(columns = \"{1}\") on the entity;"
          + " if the attribute was renamed, write @RenamedFrom(\"{1}\") on it instead."),
  NarrowType(
      Diagnostic.Kind.ERROR,
      "Column ''{0}.{1}'' would change from {2} to {3}, which can cut, round or reject the values"
          + " it holds. If that is intended, write @AllowNarrowing on the attribute; otherwise keep"
          + " the wider type."),
  NotNullWithoutDefault(
      Diagnostic.Kind.ERROR,
      "Column ''{0}.{1}'' would become NOT NULL, and the migration fails on the first row that"
          + " holds NULL (a default does not fill rows that exist). Fill them first, in a"
          + " hand-written migration before this one (update ... set {1} = ... where {1} is null),"
          + " then write @AllowNotNull on the attribute."),
  NotNullColumnWithoutDefault(
      Diagnostic.Kind.ERROR,
      "The new column ''{0}.{1}'' is NOT NULL without a default, so adding it fails as soon as"
          + " the table holds a row. Give it a default with @ColumnDefault(\"...\"), or make it"
          + " nullable; if the table is known to be empty, write @AllowNotNull on the attribute."),
  PossibleColumnRename(
      Diagnostic.Kind.ERROR,
      "In table ''{0}'' column ''{1}'' goes and ''{2}'' of the same type comes: if that is a"
          + " rename, its data would be lost. If it is one, write @RenamedFrom(\"{1}\") on the"
          + " attribute mapped to ''{2}''; if not, write @AllowDrop(columns = \"{1}\") on the"
          + " entity."),
  PossibleTableRename(
      Diagnostic.Kind.ERROR,
      "Table ''{0}'' goes and ''{1}'' with the same columns comes: if that is a rename, its rows"
          + " would be lost. If it is one, write @RenamedFrom(\"{0}\") on the entity mapped to"
          + " ''{1}''; if not, write @AllowDrop(tables = \"{0}\") on an entity."),
  LockingChange(Diagnostic.Kind.WARNING, "{0} on table ''{1}'' {2}. {3}"),
  RenameHintUnused(
      Diagnostic.Kind.WARNING,
      "@RenamedFrom(\"{0}\") matches nothing in the committed snapshot: the rename is already in a"
          + " migration (remove the hint now), or the old name is misspelled."),
  DivergingMigrations(
      Diagnostic.Kind.ERROR,
      "Migrations ''{0}'' and ''{1}'' both start from snapshot {2}: two branches each generated"
          + " one, and were merged. Keep the migration of the branch you merged into, delete the"
          + " other file, take that branch''s snapshot (git checkout <that branch> -- {3}), and"
          + " rebuild: Keel generates the other change again on top."),
  MigrationChainBroken(
      Diagnostic.Kind.ERROR,
      "Migration ''{0}'' starts from snapshot {1}, but the migrations before it end at {2}. A"
          + " migration was edited, deleted or renumbered by hand: restore it, or delete ''{0}''"
          + " and rebuild to generate it again."),
  SnapshotOffChain(
      Diagnostic.Kind.ERROR,
      "The schema snapshot ''{0}'' (hash {1}) is not where the migrations end ({2}). It was edited"
          + " or merged by hand: restore the snapshot the migrations end at (git checkout -- {0},"
          + " or the main branch''s version), then rebuild."),
  SchemaChanged(
      Diagnostic.Kind.ERROR,
      "The entities differ from the committed snapshot ''{0}'' ({1}), and -Akeel.check=true"
          + " forbids generating a migration here. Build without it (mvn compile), review the new"
          + " migration, and commit it with the snapshot."),
  UnresolvedType(
      Diagnostic.Kind.ERROR,
      "The type of attribute ''{0}'' could not be resolved, so Keel cannot map it. Fix the"
          + " compilation errors reported for it.");

  private final Diagnostic.Kind kind;
  private final String template;

  Diagnostics(Diagnostic.Kind kind, String template) {
    this.kind = kind;
    this.template = template;
  }

  /** Whether this message is an error, a warning or a note. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The full message with its key, {@code [keel/Key] text}. */
  public String format(Object... args) {
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // numbers as written, never with locale grouping ("1,000")
      text[i] = String.valueOf(args[i]);
    }
    return "[keel/" + name() + "] " + new MessageFormat(template, Locale.ROOT).format(text);
  }
}
