package dev.keel.processor.entity;

/**
 * An embeddable without an {@code @Access} of its own, embedded by types of both access types,
 * whose fields and getters name different attributes. It takes the access type of the first type
 * that embeds it (JPA 2.3.3); Hibernate maps every embedding separately and refuses to start
 * ("multiple component mappings for the same java class ... with different property mappings").
 *
 * @param embeddable the embeddable's name without its package
 * @param access the access type it was read with
 * @param first the attribute ({@code Owner.attribute}) whose owner gave it that access type
 * @param attribute an attribute whose owner has the other access type
 * @param position that attribute's source position key
 */
public record AccessConflict(
    String embeddable,
    EntityModel.Access access,
    String first,
    String attribute,
    String position) {}
