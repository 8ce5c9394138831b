/**
 * The deliveries use cases (read, list, start, complete, cancel), and the deliveries area's answers to the
 * participant and settlement areas: who takes part in delivering to a participant, and what was sold in a month.
 */
package se.esp.application.delivery;
