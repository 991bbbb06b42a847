/**
 * Hints a developer writes next to an entity to steer the migration Keel generates: a rename that
 * keeps data ({@link dev.keel.runtime.annotations.RenamedFrom}), and explicit consent to changes
 * that lose or may reject data ({@link dev.keel.runtime.annotations.AllowDrop}, {@link
 * dev.keel.runtime.annotations.AllowNarrowing}, {@link dev.keel.runtime.annotations.AllowNotNull}).
 * Keel's processor reads them at compile time; they have no effect at run time.
 */
package dev.keel.runtime.annotations;
