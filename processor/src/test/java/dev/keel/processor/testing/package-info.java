/**
 * Test harness: compiles fixture projects with the processor into real folders, runs the migrations
 * they produce against PostgreSQL, and boots Hibernate on the same entities as the oracle.
 */
package dev.keel.processor.testing;
