package dev.keel.runtime.internal;

/**
 * One migration as the index lists it.
 *
 * @param version the version, positive
 * @param name the migration's name
 * @param className the binary name of its class
 * @param checksum the checksum computed at compile time, 16 lower-case hex digits
 * @param source the index resource it was read from, for messages
 */
public record IndexEntry(
    long version, String name, String className, String checksum, String source) {}
