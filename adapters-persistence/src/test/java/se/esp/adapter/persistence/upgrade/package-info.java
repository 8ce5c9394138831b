/**
 * Upgrades from released databases: fixtures of each release (its migration scripts and a dump of data it wrote),
 * the test that upgrades them with today's migrations and uses them through the adapters, and the guard that
 * released migrations stay as released.
 */
package se.esp.adapter.persistence.upgrade;
