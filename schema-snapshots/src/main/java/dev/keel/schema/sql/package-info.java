/**
 * PostgreSQL text: {@link dev.keel.schema.sql.PostgresDdl} renders changes as the statements a
 * migration runs, written the way Hibernate 7.4 writes its own DDL, or in their online forms that
 * let writers through ({@link dev.keel.schema.sql.RenderOptions}, {@link
 * dev.keel.schema.sql.Rendered}); {@link dev.keel.schema.sql.PostgresNames} reproduces the names
 * PostgreSQL gives constraints that the DDL leaves unnamed.
 */
package dev.keel.schema.sql;
