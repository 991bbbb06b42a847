/**
 * The example application: a {@code User} entity, and a {@code main} that brings the database
 * schema up to date with Keel before anything else runs.
 */
package com.example.app;
