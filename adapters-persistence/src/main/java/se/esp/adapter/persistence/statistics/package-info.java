/**
 * Statistics read straight from the tables of applications, deliveries and settlement lines: aggregated in SQL
 * ({@code JpaStatisticsQueries}) or, over the in-memory adapters, by the same definitions in Java
 * ({@code InMemoryStatisticsQueries}).
 */
package se.esp.adapter.persistence.statistics;
