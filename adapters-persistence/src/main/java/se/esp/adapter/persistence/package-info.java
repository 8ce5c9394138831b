/**
 * Storage for the platform: a JPA (EclipseLink) adapter for the embedded database and MariaDB, and an
 * in-memory adapter for scenarios and for developers embedding the library. Both pass the same contract tests.
 */
package se.esp.adapter.persistence;
