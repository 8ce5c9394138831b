/**
 * Test fixtures shared through the test-jar: real databases for tests (embedded H2, MariaDB on this machine or
 * started from Maven Central) and the choice of storage backend by name.
 */
package se.esp.adapter.persistence.testing;
