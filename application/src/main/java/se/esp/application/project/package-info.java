/** The scaling projects' use cases, behind {@code port.in.project}. */
package se.esp.application.project;
