/** {@code /api/scaling-projects}: register, read, list and move scaling projects. */
package se.esp.adapter.web.project;
