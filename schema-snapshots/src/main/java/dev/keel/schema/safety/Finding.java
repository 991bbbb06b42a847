package dev.keel.schema.safety;

import dev.keel.schema.Identifiers;
import dev.keel.schema.TableName;
import dev.keel.schema.diff.SchemaChange;
import java.util.Objects;

/**
 * Something about a migration that a developer must decide or should know, found by {@link
 * SafetyCheck#check}: a change that loses or rejects data, one that may be meant as a rename, or
 * one whose statement blocks writers of a big table.
 *
 * @param kind what was found
 * @param table the table concerned, as written (for a table rename: its new name)
 * @param column the column concerned, as written, or null when the finding is about the table or
 *     one of its constraints or indexes
 * @param change the change the finding comes from
 * @param before the first fact for the message, or null; what it holds depends on the {@link Kind}
 * @param after the second fact for the message, or null; what it holds depends on the {@link Kind}
 */
public record Finding(
    Kind kind, TableName table, String column, SchemaChange change, String before, String after) {

  /** Checks that the kind, table and change are present. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(change, "change");
  }

  /**
   * The logical key of the element concerned, to find its source position: {@code users.email} for
   * a column, {@code users} for a table ({@code app.users.email} in another schema); canonical
   * names.
   */
  public String elementKey() {
    return column == null ? table.key() : table.key() + "." + Identifiers.canonical(column);
  }

  /** How a finding is meant to be treated. */
  public enum Category {
    /** Loses or rejects data when it runs: compilation stops unless the user accepts it. */
    DESTRUCTIVE,
    /** May be meant otherwise (a rename): compilation stops until the user says which. */
    AMBIGUOUS,
    /** Blocks writers of an existing table for as long as it scans or rewrites it: a warning. */
    LOCKING
  }

  /**
   * What was found. Lock levels and their conflicts are PostgreSQL 12+'s (manual: "Explicit
   * Locking", table of conflicting lock modes; {@code ALTER TABLE}, {@code CREATE INDEX}): {@code
   * INSERT}, {@code UPDATE} and {@code DELETE} take {@code ROW EXCLUSIVE}, which {@code SHARE},
   * {@code SHARE ROW EXCLUSIVE}, {@code EXCLUSIVE} and {@code ACCESS EXCLUSIVE} block (the last one
   * blocks reads too), while {@code SHARE UPDATE EXCLUSIVE} blocks neither. Locking kinds are only
   * reported for tables that exist before the migration; a table created by the same changes is
   * empty.
   */
  public enum Kind {
    /** A table is dropped with its rows. Facts: none. */
    DROP_TABLE(Category.DESTRUCTIVE, false),
    /** A column is dropped with its values. Facts: {@code before} = its type. */
    DROP_COLUMN(Category.DESTRUCTIVE, false),
    /**
     * A column changes to a type that is not a known-safe widening ({@code TypeChange}): values may
     * be cut, rounded, rejected or read differently. Facts: old type, new type.
     */
    NARROW_TYPE(Category.DESTRUCTIVE, false),
    /**
     * An existing column becomes {@code not null} without a default, or a {@code not null} column
     * without default is added to an existing table: the statement fails as soon as the table holds
     * a row with a null (for a new column: any row). Facts: none.
     */
    SET_NOT_NULL_WITHOUT_DEFAULT(Category.DESTRUCTIVE, false),
    /**
     * In one table a column is dropped and another of the same type added (or a table dropped and
     * another with the same columns created): perhaps a rename, which would keep the data. {@code
     * column} is the dropped column (null for tables). Facts: the dropped name, the added name.
     */
    POSSIBLE_RENAME(Category.AMBIGUOUS, false),
    /**
     * The statement rewrites the whole table and its indexes under {@code ACCESS EXCLUSIVE}: a type
     * change that is not binary coercible ({@code TypeChange}), or a column added with an identity
     * or a volatile default ({@code nextval}, {@code random()}, {@code gen_random_uuid()}, {@code
     * clock_timestamp()}, …). Facts: old type and new type, or null and the added column's type and
     * default.
     */
    REWRITES_TABLE(Category.LOCKING, false),
    /**
     * {@code create index} holds {@code SHARE} (blocks writers) while it builds the index. Online
     * form: {@code create index concurrently}. Facts: {@code after} = the index name.
     */
    INDEX_WITHOUT_CONCURRENTLY(Category.LOCKING, true),
    /**
     * Adding a foreign key holds {@code SHARE ROW EXCLUSIVE} on both tables (blocks writers) while
     * it checks every row. Online form: {@code not valid}, then {@code validate constraint} under
     * {@code SHARE UPDATE EXCLUSIVE}. Facts: {@code after} = the constraint name.
     */
    FOREIGN_KEY_WITHOUT_NOT_VALID(Category.LOCKING, true),
    /**
     * Adding a check holds {@code ACCESS EXCLUSIVE} while it checks every row. Online form: {@code
     * not valid}, then {@code validate constraint}. Facts: {@code after} = the constraint name.
     */
    CHECK_WITHOUT_NOT_VALID(Category.LOCKING, true),
    /**
     * {@code set not null} holds {@code ACCESS EXCLUSIVE} while it scans the table for nulls.
     * Online form: a check {@code (c is not null) not valid}, validated, after which PostgreSQL 12+
     * skips the scan. Facts: none.
     */
    SET_NOT_NULL_SCANS(Category.LOCKING, true),
    /**
     * Adding a unique constraint holds {@code ACCESS EXCLUSIVE} while it builds its index. Online
     * form: {@code create unique index concurrently}, then {@code add constraint … unique using
     * index}. Facts: {@code after} = the constraint name.
     */
    UNIQUE_WITHOUT_INDEX_FIRST(Category.LOCKING, true),
    /**
     * Adding a primary key holds {@code ACCESS EXCLUSIVE} while it builds its index. Online form:
     * as for a unique constraint, {@code primary key using index}. Facts: {@code after} = the
     * constraint name.
     */
    ADD_PRIMARY_KEY(Category.LOCKING, true);

    private final Category category;
    private final boolean avoidedOnline;

    Kind(Category category, boolean avoidedOnline) {
      this.category = category;
      this.avoidedOnline = avoidedOnline;
    }

    /** How findings of this kind are meant to be treated. */
    public Category category() {
      return category;
    }

    /**
     * Whether the online forms ({@code RenderOptions.online}) avoid the lock this kind warns about,
     * so that a caller rendering online can leave the warning out.
     */
    public boolean avoidedByOnlineForms() {
      return avoidedOnline;
    }
  }
}
