/** Statistics for consumer organisations, suppliers and the platform owner, from figures aggregated in storage. */
package se.esp.application.statistics;
