package dev.keel.processor.mapping;

/**
 * A column of a primary key (or of another referenced key), as a foreign key to it needs it.
 *
 * @param name the column's DDL name
 * @param type its type; identity columns are referenced with their plain type
 * @param logical the name implicit join column names are made from
 * @param table the DDL name of the table the column is in (a quoted table quotes the implicit names
 *     of the columns that reference it)
 */
record KeyColumn(String name, String type, String logical, String table) {}
