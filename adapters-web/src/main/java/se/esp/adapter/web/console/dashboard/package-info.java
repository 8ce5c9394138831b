/** The administrators' dashboard: the platform's statistics as charts, each with a table of the same figures. */
package se.esp.adapter.web.console.dashboard;
