package dev.keel.processor.emit;

import dev.keel.schema.TableName;
import dev.keel.schema.diff.AddCheck;
import dev.keel.schema.diff.AddColumn;
import dev.keel.schema.diff.AddForeignKey;
import dev.keel.schema.diff.AddPrimaryKey;
import dev.keel.schema.diff.AddUniqueConstraint;
import dev.keel.schema.diff.AlterColumnDefault;
import dev.keel.schema.diff.AlterColumnIdentity;
import dev.keel.schema.diff.AlterColumnNullability;
import dev.keel.schema.diff.AlterColumnType;
import dev.keel.schema.diff.AlterSequence;
import dev.keel.schema.diff.CreateIndex;
import dev.keel.schema.diff.CreateNamespace;
import dev.keel.schema.diff.CreateSequence;
import dev.keel.schema.diff.CreateTable;
import dev.keel.schema.diff.DropCheck;
import dev.keel.schema.diff.DropColumn;
import dev.keel.schema.diff.DropForeignKey;
import dev.keel.schema.diff.DropIndex;
import dev.keel.schema.diff.DropNamespace;
import dev.keel.schema.diff.DropPrimaryKey;
import dev.keel.schema.diff.DropSequence;
import dev.keel.schema.diff.DropTable;
import dev.keel.schema.diff.DropUniqueConstraint;
import dev.keel.schema.diff.RenameColumn;
import dev.keel.schema.diff.RenameConstraint;
import dev.keel.schema.diff.RenameIndex;
import dev.keel.schema.diff.RenameSequence;
import dev.keel.schema.diff.RenameTable;
import dev.keel.schema.diff.SchemaChange;

/**
 * The table whose parts (columns, keys, constraints, indexes) a change alters; null for changes
 * that create, drop or rename whole tables, sequences or namespaces.
 */
final class PartOfTable implements SchemaChange.Visitor<TableName> {

  @Override
  public TableName visit(CreateNamespace change) {
    return null;
  }

  @Override
  public TableName visit(DropNamespace change) {
    return null;
  }

  @Override
  public TableName visit(CreateSequence change) {
    return null;
  }

  @Override
  public TableName visit(DropSequence change) {
    return null;
  }

  @Override
  public TableName visit(AlterSequence change) {
    return null;
  }

  @Override
  public TableName visit(CreateTable change) {
    return null;
  }

  @Override
  public TableName visit(DropTable change) {
    return null;
  }

  @Override
  public TableName visit(AddColumn change) {
    return change.table();
  }

  @Override
  public TableName visit(DropColumn change) {
    return change.table();
  }

  @Override
  public TableName visit(AlterColumnType change) {
    return change.table();
  }

  @Override
  public TableName visit(AlterColumnNullability change) {
    return change.table();
  }

  @Override
  public TableName visit(AlterColumnDefault change) {
    return change.table();
  }

  @Override
  public TableName visit(AlterColumnIdentity change) {
    return change.table();
  }

  @Override
  public TableName visit(AddPrimaryKey change) {
    return change.table();
  }

  @Override
  public TableName visit(DropPrimaryKey change) {
    return change.table();
  }

  @Override
  public TableName visit(AddUniqueConstraint change) {
    return change.table();
  }

  @Override
  public TableName visit(DropUniqueConstraint change) {
    return change.table();
  }

  @Override
  public TableName visit(CreateIndex change) {
    return change.table();
  }

  @Override
  public TableName visit(DropIndex change) {
    return change.table();
  }

  @Override
  public TableName visit(AddForeignKey change) {
    return change.table();
  }

  @Override
  public TableName visit(DropForeignKey change) {
    return change.table();
  }

  @Override
  public TableName visit(AddCheck change) {
    return change.table();
  }

  @Override
  public TableName visit(DropCheck change) {
    return change.table();
  }

  @Override
  public TableName visit(RenameTable change) {
    return null;
  }

  @Override
  public TableName visit(RenameColumn change) {
    return change.table();
  }

  @Override
  public TableName visit(RenameConstraint change) {
    return change.table();
  }

  @Override
  public TableName visit(RenameIndex change) {
    return change.table();
  }

  @Override
  public TableName visit(RenameSequence change) {
    return null;
  }
}
