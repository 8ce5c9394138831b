/**
 * The supplier staff's pages: their packagings and the packaging editor with its live costing, their offerings,
 * the applications to them, their deliveries, and their sales and utilisation as charts.
 */
package se.esp.adapter.web.console.supplier;
