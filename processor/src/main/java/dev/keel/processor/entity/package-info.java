/**
 * Extraction: reads entities, embeddables and mapped superclasses from {@code javax.lang.model}
 * into plain records ({@link dev.keel.processor.entity.EntityModel} and friends) that say what is
 * written in the source, without deciding what it means in SQL. Source positions for error
 * reporting are kept beside the model in {@link dev.keel.processor.entity.SourcePositions}.
 */
package dev.keel.processor.entity;
