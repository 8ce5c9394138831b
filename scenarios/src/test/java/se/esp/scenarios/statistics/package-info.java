/** Steps for statistics: consumer, supplier and platform figures read after the scenario's work, in two languages. */
package se.esp.scenarios.statistics;
