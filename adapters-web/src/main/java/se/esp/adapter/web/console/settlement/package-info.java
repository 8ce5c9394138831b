/**
 * The administrators' settlement pages: months with their state, settling and closing them, each organisation's
 * statement traced line by line to its cause, and the statement's downloads (CSV, Peppol e-invoice).
 */
package se.esp.adapter.web.console.settlement;
