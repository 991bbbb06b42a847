package dev.keel.schema.diff;

/**
 * One step of a migration: a change to the schema that renders as one PostgreSQL statement. {@link
 * SchemaDiffer#diff} returns them in the order they must run.
 *
 * <p>Every change carries what it concerns in full (the table by schema and name, and the old
 * and/or new element), so it can be rendered, named and classified alone. Java 17 has no pattern
 * {@code switch}: dispatch with {@code instanceof} or a {@link Visitor}.
 */
public sealed interface SchemaChange
    permits CreateNamespace,
        DropNamespace,
        CreateSequence,
        DropSequence,
        AlterSequence,
        CreateTable,
        DropTable,
        AddColumn,
        DropColumn,
        AlterColumnType,
        AlterColumnNullability,
        AlterColumnDefault,
        AlterColumnIdentity,
        AddPrimaryKey,
        DropPrimaryKey,
        AddUniqueConstraint,
        DropUniqueConstraint,
        CreateIndex,
        DropIndex,
        AddForeignKey,
        DropForeignKey,
        AddCheck,
        DropCheck,
        RenameTable,
        RenameColumn,
        RenameConstraint,
        RenameIndex,
        RenameSequence {

  /** Calls the {@code visit} method of {@code visitor} for this kind of change. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of change.
   *
   * @param <R> what the visit returns
   */
  interface Visitor<R> {

    /** Visits a {@link CreateNamespace}. */
    R visit(CreateNamespace change);

    /** Visits a {@link DropNamespace}. */
    R visit(DropNamespace change);

    /** Visits a {@link CreateSequence}. */
    R visit(CreateSequence change);

    /** Visits a {@link DropSequence}. */
    R visit(DropSequence change);

    /** Visits a {@link AlterSequence}. */
    R visit(AlterSequence change);

    /** Visits a {@link CreateTable}. */
    R visit(CreateTable change);

    /** Visits a {@link DropTable}. */
    R visit(DropTable change);

    /** Visits a {@link AddColumn}. */
    R visit(AddColumn change);

    /** Visits a {@link DropColumn}. */
    R visit(DropColumn change);

    /** Visits a {@link AlterColumnType}. */
    R visit(AlterColumnType change);

    /** Visits a {@link AlterColumnNullability}. */
    R visit(AlterColumnNullability change);

    /** Visits a {@link AlterColumnDefault}. */
    R visit(AlterColumnDefault change);

    /** Visits a {@link AlterColumnIdentity}. */
    R visit(AlterColumnIdentity change);

    /** Visits a {@link AddPrimaryKey}. */
    R visit(AddPrimaryKey change);

    /** Visits a {@link DropPrimaryKey}. */
    R visit(DropPrimaryKey change);

    /** Visits a {@link AddUniqueConstraint}. */
    R visit(AddUniqueConstraint change);

    /** Visits a {@link DropUniqueConstraint}. */
    R visit(DropUniqueConstraint change);

    /** Visits a {@link CreateIndex}. */
    R visit(CreateIndex change);

    /** Visits a {@link DropIndex}. */
    R visit(DropIndex change);

    /** Visits a {@link AddForeignKey}. */
    R visit(AddForeignKey change);

    /** Visits a {@link DropForeignKey}. */
    R visit(DropForeignKey change);

    /** Visits a {@link AddCheck}. */
    R visit(AddCheck change);

    /** Visits a {@link DropCheck}. */
    R visit(DropCheck change);

    /** Visits a {@link RenameTable}. */
    R visit(RenameTable change);

    /** Visits a {@link RenameColumn}. */
    R visit(RenameColumn change);

    /** Visits a {@link RenameConstraint}. */
    R visit(RenameConstraint change);

    /** Visits a {@link RenameIndex}. */
    R visit(RenameIndex change);

    /** Visits a {@link RenameSequence}. */
    R visit(RenameSequence change);
  }
}
