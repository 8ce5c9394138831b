/** {@code /api/statistics}: consumer, supplier and platform statistics as chart series (JSON). */
package se.esp.adapter.web.statistics;
