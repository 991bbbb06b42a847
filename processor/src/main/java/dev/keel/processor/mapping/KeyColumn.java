package dev.keel.processor.mapping;

/**
 * A column of a primary key (or of another referenced key), as a foreign key to it needs it.
 *
 * @param name the column's DDL name
 * @param type its type; identity columns are referenced with their plain type
 * @param logical the name implicit join column names are made from
 */
record KeyColumn(String name, String type, String logical) {}
