/**
 * The administrators' organisations page ({@code console/organisations.xhtml}): the directory searched, filtered,
 * sorted and paged by the list use case, and registering and editing an organisation in a dialog.
 */
package se.esp.adapter.web.console.organisation;
