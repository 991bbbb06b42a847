package dev.keel.processor.entity;

/**
 * A JPA {@code AttributeConverter}.
 *
 * @param qualifiedName the converter class
 * @param attributeType the entity-side type {@code X} of {@code AttributeConverter<X, Y>}
 * @param databaseType the database-side type {@code Y}, which decides the column type
 * @param autoApply whether {@code @Converter(autoApply = true)} applies it to every attribute of
 *     type {@code X}
 */
public record ConverterModel(
    String qualifiedName, TypeRef attributeType, TypeRef databaseType, boolean autoApply) {}
