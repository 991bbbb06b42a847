/**
 * Validation and reporting: {@link dev.keel.processor.validate.EntityValidator} decides what is
 * wrong with the extracted entities, {@link dev.keel.processor.validate.Diagnostics} holds every
 * message with its stable key, and {@link dev.keel.processor.validate.Reporter} is the only class
 * that talks to javac's {@code Messager}.
 */
package dev.keel.processor.validate;
