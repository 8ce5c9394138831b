/**
 * Use cases for statistics: a consumer organisation's, a supplier's and the platform owner's figures per month and
 * per offering, as chart series.
 */
package se.esp.application.port.in.statistics;
